package org.commitmenttracker.commitments.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.commitmenttracker.commitments.intake.BatchWriter.answer;
import static org.commitmenttracker.commitments.intake.BatchWriter.received;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.doAnswer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.commitmenttracker.commitments.store.Commitment;
import org.commitmenttracker.commitments.store.CommitmentStore;
import org.commitmenttracker.events.Answer;
import org.commitmenttracker.events.AnswerCorrected;
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

    private BatchWriter writer;

    @BeforeEach
    void openWriter() {
        writer = new BatchWriter(registry, json);
        doAnswer(invocation -> {
            List<AnswerProcessor.Extracted> answers = invocation.getArgument(0);
            if (answers.stream().anyMatch(a -> a.answer().id().equals(BAD))) {
                throw new IllegalStateException("the store refuses this answer's commitments");
            }
            return invocation.callRealMethod();
        }).when(processor).processAll(anyList());
    }

    @AfterEach
    void closeWriter() {
        writer.close();
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
            writer.whileStopped(() -> {
                writer.send(key, good.get(0));
                writer.send(key, good.get(1));
                writer.send(key, bad);
                writer.send(key, good.get(2));
                writer.send(key, good.get(3));
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

        writer.whileStopped(() -> {
            writer.send(key, received);
            writer.send(key, correction);
        });
        Commitment stored = await().atMost(Duration.ofSeconds(30)).until(() -> latest(first.id()),
                c -> c != null && c.deadline().date() != null && c.deadline().date().getMonthValue() == 9);
        // delivered again, as after a crash before the batch's offsets were committed
        writer.whileStopped(() -> {
            writer.send(key, received);
            writer.send(key, correction);
        });
        AnswerReceived marker = received(answer(null, "We will open the canal museum by May 2028."));
        writer.whileStopped(() -> writer.send(key, marker));

        await().atMost(Duration.ofSeconds(30)).until(() -> store.findByAnswer(marker.answer().id()).size() == 1);
        Commitment after = latest(first.id());
        assertThat(after.version()).isEqualTo(stored.version());
        assertThat(after.deadline().date()).isEqualTo(stored.deadline().date());
    }

    /** The answer's commitment in its latest answer. */
    private Commitment latest(String answerId) {
        return store.findByAnswer(answerId).stream().filter(Commitment::inLatestAnswer).findFirst().orElse(null);
    }
}
