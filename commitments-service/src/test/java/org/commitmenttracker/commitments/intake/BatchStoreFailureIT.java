package org.commitmenttracker.commitments.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.doAnswer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.commitmenttracker.commitments.store.Commitment;
import org.commitmenttracker.commitments.store.CommitmentStore;
import org.commitmenttracker.events.Answer;
import org.commitmenttracker.events.AnswerCorrected;
import org.commitmenttracker.events.AnswerReceived;
import org.commitmenttracker.events.Topics;
import org.commitmenttracker.events.TrackerEvent;
import org.commitmenttracker.localinfra.TestInfrastructure;
import org.commitmenttracker.localinfra.TestInfrastructureConfiguration;
import org.commitmenttracker.localinfra.TopicProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import tools.jackson.databind.json.JsonMapper;

/**
 * A batch whose storing fails on one answer: the store (a real one) is fine, but {@link AnswerProcessor} is made to
 * throw for that answer, as a document the store refuses would. Records are produced while the listener is stopped,
 * under one key, so that it finds them in one poll.
 */
@SpringBootTest(properties = "server.address=127.0.0.1")
@Import(TestInfrastructureConfiguration.class)
class BatchStoreFailureIT {

    private static final String BAD = "uk-parliament:lords:2026-10-24:HL999001";

    @MockitoSpyBean
    AnswerProcessor processor;

    @Autowired
    KafkaListenerEndpointRegistry registry;

    @Autowired
    CommitmentStore store;

    @Autowired
    JsonMapper json;

    private KafkaProducer<String, byte[]> producer;

    @BeforeEach
    void openProducer() {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.endpoints().kafkaBootstrapServers()), new StringSerializer(), new ByteArraySerializer());
        doAnswer(invocation -> {
            List<AnswerProcessor.Extracted> answers = invocation.getArgument(0);
            if (answers.stream().anyMatch(a -> a.answer().id().equals(BAD))) {
                throw new IllegalStateException("the store refuses this answer's commitments");
            }
            return invocation.callRealMethod();
        }).when(processor).processAll(anyList());
    }

    @AfterEach
    void closeProducer() {
        producer.close();
    }

    @Test
    void theAnswerThatCannotBeStoredGoesAloneToTheDeadLetterTopicAndTheOthersAreStored() throws Exception {
        String key = "store-failure-" + UUID.randomUUID();
        List<AnswerReceived> good = List.of(received(answer(null, "We will publish the harbour plan by June 2027.")),
                received(answer(null, "We will open the coastal path by the end of 2027.")),
                received(answer(null, "We will review the ferry subsidy in the spring of 2027.")),
                received(answer(null, "We will consult on the pier levy by March 2027.")));
        AnswerReceived bad = received(answer(BAD, "We will publish the marina strategy by May 2027."));
        try (TopicProbe deadLetters = new TopicProbe(TestInfrastructure.endpoints().kafkaBootstrapServers(), Topics.ANSWERS_DLT)) {
            whileStopped(() -> {
                send(key, good.get(0));
                send(key, good.get(1));
                send(key, bad);
                send(key, good.get(2));
                send(key, good.get(3));
            });

            await().atMost(Duration.ofSeconds(30)).until(() -> good.stream()
                    .allMatch(a -> store.findByAnswer(a.answer().id()).size() == 1));
            List<TopicProbe.Seen> dead = await().atMost(Duration.ofSeconds(30))
                    .until(() -> deadLetters.withKey(key), seen -> !seen.isEmpty());
            assertThat(dead).singleElement().satisfies(record -> assertThat(record.headers())
                    .containsEntry("ce_id", bad.eventId()).containsKey("kafka_dlt-exception-message"));
        }
        assertThat(store.findByAnswer(BAD)).isEmpty();
        for (AnswerReceived a : good) {
            assertThat(store.findByAnswer(a.answer().id())).singleElement().extracting(Commitment::version).isEqualTo(1L);
        }
    }

    @Test
    void anAnswerAndItsCorrectionInOneBatchDeliveredAgainLeaveTheCorrection() throws Exception {
        String key = "corrected-" + UUID.randomUUID();
        Answer first = answer(null, "We will publish the canal strategy by June 2027.");
        Answer corrected = new Answer(first.id(), first.house(), first.uin(), first.dateTabled(), first.dateAnswered(),
                first.answeringBody(), first.answeredBy(), first.askedBy(), first.heading(), null,
                "We will publish the canal strategy by September 2027.", first.sourceUrl());
        AnswerReceived received = received(first);
        AnswerCorrected correction = new AnswerCorrected(UUID.randomUUID().toString(), Instant.now(), corrected, "h2", "h1");

        whileStopped(() -> {
            send(key, received);
            send(key, correction);
        });
        Commitment stored = await().atMost(Duration.ofSeconds(30)).until(() -> latest(first.id()),
                c -> c != null && c.deadline().date() != null && c.deadline().date().getMonthValue() == 9);
        // delivered again, as after a crash before the batch's offsets were committed
        whileStopped(() -> {
            send(key, received);
            send(key, correction);
        });
        AnswerReceived marker = received(answer(null, "We will open the canal museum by May 2028."));
        whileStopped(() -> send(key, marker));

        await().atMost(Duration.ofSeconds(30)).until(() -> store.findByAnswer(marker.answer().id()).size() == 1);
        Commitment after = latest(first.id());
        assertThat(after.version()).isEqualTo(stored.version());
        assertThat(after.deadline().date()).isEqualTo(stored.deadline().date());
    }

    /** The answer's commitment in its latest answer. */
    private Commitment latest(String answerId) {
        return store.findByAnswer(answerId).stream().filter(Commitment::inLatestAnswer).findFirst().orElse(null);
    }

    private interface Step {
        void run() throws Exception;
    }

    private void whileStopped(Step step) throws Exception {
        MessageListenerContainer container = registry.getListenerContainer(AnswerEventListener.ID);
        container.stop();
        await().atMost(Duration.ofSeconds(20)).until(() -> !container.isRunning());
        try {
            step.run();
            producer.flush();
        } finally {
            container.start();
        }
    }

    private void send(String key, TrackerEvent event) {
        String type = event instanceof AnswerCorrected ? "org.commitmenttracker.answer.corrected.v1"
                : "org.commitmenttracker.answer.received.v1";
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.ANSWERS, key, json.writeValueAsBytes(event));
        record.headers().add("ce_specversion", bytes("1.0")).add("ce_id", bytes(event.eventId()))
                .add("ce_source", bytes("/test")).add("ce_type", bytes(type)).add("content-type", bytes("application/json"));
        try {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("The broker did not take the record", e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static AnswerReceived received(Answer answer) {
        return new AnswerReceived(UUID.randomUUID().toString(), Instant.now(), answer, "h1");
    }

    private static Answer answer(String id, String text) {
        String uin = id != null ? id.substring(id.lastIndexOf(':') + 1)
                : "HL" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000L);
        return new Answer(id != null ? id : "uk-parliament:lords:2026-10-24:" + uin, "lords", uin, LocalDate.of(2026, 10, 24),
                LocalDate.of(2026, 11, 5), "Department for Transport " + UUID.randomUUID(), "Lord Hendy", "Baroness Pidgeon",
                "Waterways", null, text, "https://questions-statements.parliament.uk/written-questions/detail/" + uin);
    }
}
