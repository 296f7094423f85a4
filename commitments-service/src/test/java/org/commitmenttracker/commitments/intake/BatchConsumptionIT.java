package org.commitmenttracker.commitments.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.commitmenttracker.commitments.store.Commitment;
import org.commitmenttracker.commitments.store.CommitmentStore;
import org.commitmenttracker.events.Answer;
import org.commitmenttracker.events.AnswerReceived;
import org.commitmenttracker.events.Topics;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * The answers listener takes a poll's records as one batch. Records are produced while it is stopped, all under one
 * key (so one partition, in order), so that it finds them in one poll when it starts again.
 */
@SpringBootTest(properties = "server.address=127.0.0.1")
@Import(TestInfrastructureConfiguration.class)
class BatchConsumptionIT {

    private static final String RECEIVED = "org.commitmenttracker.answer.received.v1";

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
    }

    @AfterEach
    void closeProducer() {
        producer.close();
    }

    @Test
    void aPoisonRecordInTheMiddleOfABatchGoesAloneToTheDeadLetterTopicAndTheRestIsStoredOnce() throws Exception {
        String key = "batch-" + UUID.randomUUID();
        List<AnswerReceived> answers = List.of(answer("We will publish the harbour plan by June 2027."),
                answer("We will open the coastal path by the end of 2027."),
                answer("We will review the ferry subsidy in the spring of 2027."),
                answer("We will consult on the pier levy by March 2027."));
        String poisonId = "poison-" + UUID.randomUUID();
        try (TopicProbe deadLetters = new TopicProbe(TestInfrastructure.endpoints().kafkaBootstrapServers(), Topics.ANSWERS_DLT)) {
            whileStopped(() -> {
                send(key, answers.get(0));
                send(key, answers.get(1));
                send(key, answers.get(0)); // delivered twice: stored once
                send(key, poisonId, "{not json".getBytes(StandardCharsets.UTF_8));
                send(key, answers.get(2));
                send(key, answers.get(3));
            });

            await().atMost(Duration.ofSeconds(30)).until(() -> answers.stream()
                    .allMatch(a -> store.findByAnswer(a.answer().id()).size() == 1));
            List<TopicProbe.Seen> dead = await().atMost(Duration.ofSeconds(30))
                    .until(() -> deadLetters.withKey(key), seen -> !seen.isEmpty());
            assertThat(dead).singleElement().satisfies(record -> {
                assertThat(record.headers()).containsEntry("ce_id", poisonId).containsKey("kafka_dlt-exception-message");
            });
        }
        // the records after the poison were handled again from there; that made no new version of anything
        for (AnswerReceived a : answers) {
            assertThat(store.findByAnswer(a.answer().id())).singleElement().extracting(Commitment::version).isEqualTo(1L);
        }
    }

    @Test
    void aBatchDeliveredAgainBeforeItsOffsetsWereCommittedChangesNothing() throws Exception {
        String key = "again-" + UUID.randomUUID();
        List<AnswerReceived> answers = List.of(answer("We will publish the canal strategy by June 2027."),
                answer("We will fund the towpath repairs from April 2027."),
                answer("We will report on lock closures by the end of 2027."));
        List<RecordMetadata> sent = new ArrayList<>();
        whileStopped(() -> answers.forEach(a -> sent.add(send(key, a))));
        await().atMost(Duration.ofSeconds(30)).until(() -> answers.stream()
                .allMatch(a -> store.findByAnswer(a.answer().id()).size() == 1));
        List<Commitment> before = answers.stream().flatMap(a -> store.findByAnswer(a.answer().id()).stream()).toList();

        // as after a crash between storing the batch and committing it: the group's offset back before the batch
        RecordMetadata first = sent.get(0);
        AnswerReceived marker = answer("We will open the canal museum by May 2028.");
        whileStopped(() -> {
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                    TestInfrastructure.endpoints().kafkaBootstrapServers()))) {
                admin.alterConsumerGroupOffsets("commitments-service", Map.of(
                        new TopicPartition(first.topic(), first.partition()), new OffsetAndMetadata(first.offset()))).all().get();
            }
            send(key, marker);
        });

        // the marker comes after the batch on the same partition: once it is stored, the batch has been handled again
        await().atMost(Duration.ofSeconds(30)).until(() -> store.findByAnswer(marker.answer().id()).size() == 1);
        List<Commitment> after = answers.stream().flatMap(a -> store.findByAnswer(a.answer().id()).stream()).toList();
        assertThat(after).hasSize(3).allSatisfy(c -> assertThat(c.version()).isEqualTo(1L));
        assertThat(after).extracting(Commitment::id).containsExactlyInAnyOrderElementsOf(
                before.stream().map(Commitment::id).toList());
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

    private RecordMetadata send(String key, AnswerReceived event) {
        return send(key, event.eventId(), json.writeValueAsBytes(event));
    }

    private RecordMetadata send(String key, String eventId, byte[] body) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.ANSWERS, key, body);
        record.headers().add("ce_specversion", bytes("1.0")).add("ce_id", bytes(eventId)).add("ce_source", bytes("/test"))
                .add("ce_type", bytes(RECEIVED)).add("content-type", bytes("application/json"));
        try {
            return producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("The broker did not take the record", e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static AnswerReceived answer(String text) {
        String uin = "HL" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000L);
        Answer answer = new Answer("uk-parliament:lords:2026-10-24:" + uin, "lords", uin, LocalDate.of(2026, 10, 24),
                LocalDate.of(2026, 11, 5), "Department for Transport " + UUID.randomUUID(), "Lord Hendy", "Baroness Pidgeon",
                "Waterways", null, text, "https://questions-statements.parliament.uk/written-questions/detail/" + uin);
        return new AnswerReceived(UUID.randomUUID().toString(), Instant.now(), answer, "hash");
    }
}
