package org.commitmenttracker.commitments.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.commitmenttracker.commitments.intake.BatchWriter.answer;
import static org.commitmenttracker.commitments.intake.BatchWriter.received;

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
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * The answers listener takes a poll's records as one batch. Records are produced while it is stopped, all under one
 * key (so one partition, in order), so that it finds them in one poll when it starts again.
 */
@SpringBootTest(properties = "server.address=127.0.0.1")
@Import(TestInfrastructureConfiguration.class)
class BatchConsumptionIT {

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
    }

    @AfterEach
    void closeWriter() {
        writer.close();
    }

    @Test
    void aPoisonRecordInTheMiddleOfABatchGoesAloneToTheDeadLetterTopicAndTheRestIsStoredOnce() throws Exception {
        String key = "batch-" + UUID.randomUUID();
        List<AnswerReceived> answers = List.of(received(answer(null, "We will publish the harbour plan by June 2027.")),
                received(answer(null, "We will open the coastal path by the end of 2027.")),
                received(answer(null, "We will review the ferry subsidy in the spring of 2027.")),
                received(answer(null, "We will consult on the pier levy by March 2027.")));
        String poisonId = "poison-" + UUID.randomUUID();
        try (TopicProbe deadLetters = new TopicProbe(TestInfrastructure.endpoints().kafkaBootstrapServers(), Topics.ANSWERS_DLT)) {
            writer.whileStopped(() -> {
                writer.send(key, answers.get(0));
                writer.send(key, answers.get(1));
                writer.send(key, answers.get(0)); // delivered twice: stored once
                writer.send(key, poisonId, "org.commitmenttracker.answer.received.v1", "{not json".getBytes(StandardCharsets.UTF_8));
                writer.send(key, answers.get(2));
                writer.send(key, answers.get(3));
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
        List<AnswerReceived> answers = List.of(received(answer(null, "We will publish the canal strategy by June 2027.")),
                received(answer(null, "We will fund the towpath repairs from April 2027.")),
                received(answer(null, "We will report on lock closures by the end of 2027.")));
        List<RecordMetadata> sent = new ArrayList<>();
        writer.whileStopped(() -> answers.forEach(a -> sent.add(writer.send(key, a))));
        await().atMost(Duration.ofSeconds(30)).until(() -> answers.stream()
                .allMatch(a -> store.findByAnswer(a.answer().id()).size() == 1));
        List<Commitment> before = answers.stream().flatMap(a -> store.findByAnswer(a.answer().id()).stream()).toList();

        // as after a crash between storing the batch and committing it: the group's offset back before the batch
        RecordMetadata first = sent.get(0);
        AnswerReceived marker = received(answer(null, "We will open the canal museum by May 2028."));
        writer.whileStopped(() -> {
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                    TestInfrastructure.endpoints().kafkaBootstrapServers()))) {
                admin.alterConsumerGroupOffsets("commitments-service", Map.of(
                        new TopicPartition(first.topic(), first.partition()), new OffsetAndMetadata(first.offset()))).all().get();
            }
            writer.send(key, marker);
        });

        // the marker comes after the batch on the same partition: once it is stored, the batch has been handled again
        await().atMost(Duration.ofSeconds(30)).until(() -> store.findByAnswer(marker.answer().id()).size() == 1);
        List<Commitment> after = answers.stream().flatMap(a -> store.findByAnswer(a.answer().id()).stream()).toList();
        assertThat(after).hasSize(3).allSatisfy(c -> assertThat(c.version()).isEqualTo(1L));
        assertThat(after).extracting(Commitment::id).containsExactlyInAnyOrderElementsOf(
                before.stream().map(Commitment::id).toList());
    }

    @Test
    void aBatchOfSeveralRunsStoresEveryAnswerOnceAndOfTwoVersionsOnlyTheLater() throws Exception {
        String key = "runs-" + UUID.randomUUID();
        List<AnswerReceived> answers = new ArrayList<>();
        for (int i = 0; i < 3 * AnswerEventListener.MIN_RUN; i++) {
            answers.add(received(answer(null, "We will publish the harbour plan by June 2027.")));
        }
        Answer first = answers.get(0).answer();
        Answer corrected = new Answer(first.id(), first.house(), first.uin(), first.dateTabled(), first.dateAnswered(),
                first.answeringBody(), first.answeredBy(), first.askedBy(), first.heading(), null,
                "We will publish the harbour plan by September 2027.", first.sourceUrl());
        AnswerReceived marker = received(answer(null, "We will open the harbour museum by May 2028."));
        writer.whileStopped(() -> {
            answers.forEach(a -> writer.send(key, a));
            // the first answer's correction, several runs later in the same batch
            writer.send(key, new AnswerCorrected(UUID.randomUUID().toString(), Instant.now(), corrected, "h2", "h1"));
            writer.send(key, marker);
        });

        await().atMost(Duration.ofSeconds(60)).until(() -> store.findByAnswer(marker.answer().id()).size() == 1);
        for (AnswerReceived a : answers) {
            assertThat(store.findByAnswer(a.answer().id())).as(a.answer().id()).singleElement()
                    .extracting(Commitment::version).isEqualTo(1L);
        }
        // the version the correction superseded was never stored: the commitment's first version is the correction's
        assertThat(store.findByAnswer(first.id())).singleElement()
                .satisfies(c -> assertThat(c.deadline().date()).isEqualTo(LocalDate.of(2027, 9, 30)));
    }
}
