package org.commitmenttracker.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;
import org.commitmenttracker.events.CommitmentStatus;
import org.commitmenttracker.events.EventType;
import org.commitmenttracker.events.Topics;
import org.commitmenttracker.localinfra.TestInfrastructure;
import org.commitmenttracker.localinfra.TopicProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.listener.MessageListenerContainer;

/** Records on tracker.commitments.state.v1 that can never be read go to its dead-letter topic and block nothing. */
class DeadLetterIT extends NotifyIntegrationTest {

    private static TopicProbe deadLetters;

    @Autowired
    MongoTemplate mongo;
    private static TopicProbe alerts;
    private static KafkaProducer<String, byte[]> raw;

    @BeforeAll
    static void open() {
        String bootstrap = TestInfrastructure.endpoints().kafkaBootstrapServers();
        deadLetters = new TopicProbe(bootstrap, Topics.COMMITMENT_STATE_DLT);
        alerts = new TopicProbe(bootstrap, Topics.ALERTS);
        raw = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                new StringSerializer(), new ByteArraySerializer());
    }

    @AfterAll
    static void close() {
        raw.close();
        deadLetters.close();
        alerts.close();
    }

    @Test
    void aStateEventWhoseBodyIsNotItsSchemaGoesToTheDeadLetterTopicAndTheNextRecordIsRead() throws Exception {
        String id = uniqueCommitmentId();
        ProducerRecord<String, byte[]> garbage = new ProducerRecord<>(Topics.COMMITMENT_STATE, id,
                "{\"eventId\": [not json".getBytes(StandardCharsets.UTF_8));
        garbage.headers()
                .add("ce_specversion", bytes("1.0"))
                .add("ce_id", bytes(UUID.randomUUID().toString()))
                .add("ce_source", bytes("/commitments-service"))
                .add("ce_type", bytes("org.commitmenttracker.commitment.state.v1"))
                .add("ce_subject", bytes(id))
                .add("content-type", bytes("application/json"));
        raw.send(garbage).get();
        // a good event on the same key, after the bad one
        events.publish(commitment(id, explicit(LocalDate.parse("2020-05-31")), CommitmentStatus.OPEN));

        List<TopicProbe.Seen> dead = await().atMost(Duration.ofSeconds(20)).until(() -> deadLetters.withKey(id), r -> !r.isEmpty());
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).value()).isEqualTo("{\"eventId\": [not json");
        assertThat(dead.get(0).headers()).containsEntry("kafka_dlt-original-topic", Topics.COMMITMENT_STATE);
        assertThat(dead.get(0).headers().values()).anyMatch(v -> v != null && v.contains("MalformedEventException"));
        await().atMost(Duration.ofSeconds(10)).until(() -> !alerts.withKey(id).isEmpty());
    }

    @Test
    void aRecordThatIsNoCloudEventGoesToTheDeadLetterTopic() throws Exception {
        String key = "not-a-cloudevent-" + UUID.randomUUID();
        raw.send(new ProducerRecord<>(Topics.COMMITMENT_STATE, key, bytes("hello"))).get();

        List<TopicProbe.Seen> dead = await().atMost(Duration.ofSeconds(20)).until(() -> deadLetters.withKey(key), r -> !r.isEmpty());
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).value()).isEqualTo("hello");
        assertThat(dead.get(0).headers()).containsEntry("kafka_dlt-original-topic", Topics.COMMITMENT_STATE);
        assertThat(dead.get(0).headers().values()).anyMatch(v -> v != null && v.contains("DeserializationException"));
    }

    @Test
    void aTombstoneRemovesTheCommitmentAndIsNoDeadLetter() throws Exception {
        String id = uniqueCommitmentId();
        events.publish(commitment(id, explicit(today().plusDays(30)), CommitmentStatus.OPEN));
        Query stored = Query.query(Criteria.where("_id").is(id));
        await().atMost(Duration.ofSeconds(10)).until(() -> mongo.exists(stored, "commitments"));

        raw.send(new ProducerRecord<>(Topics.COMMITMENT_STATE, id, null)).get();

        await().atMost(Duration.ofSeconds(10)).until(() -> !mongo.exists(stored, "commitments"));
        // a record after the tombstone on its partition is read, and nothing went to the dead-letter topic
        events.publish(commitment(id, explicit(LocalDate.parse("2020-05-31")), CommitmentStatus.OPEN));
        await().atMost(Duration.ofSeconds(10)).until(() -> !alerts.withKey(id).isEmpty());
        assertThat(deadLetters.withKey(id)).isEmpty();
    }

    @Test
    void aPoisonRecordInTheMiddleOfABatchGoesAloneToTheDeadLetterTopicAndEveryOtherStateIsAppliedOnce() throws Exception {
        // one batch: the records are produced while the listener is paused, all on one partition, the poison fourth
        MessageListenerContainer container = listeners.getListenerContainer("commitment-states");
        container.pause();
        await().atMost(Duration.ofSeconds(10)).until(container::isContainerPaused);
        List<String> ids = new ArrayList<>();
        while (ids.size() < 6) {
            String id = uniqueCommitmentId();
            if (partitionOf(id) == 0) {
                ids.add(id);
            }
        }
        String poisonKey = "poison-" + UUID.randomUUID();
        LocalDate later = today().plusYears(1);
        events.publishAll(ids.subList(0, 3).stream().map(id -> commitment(id, explicit(later), CommitmentStatus.OPEN)).toList());
        raw.send(new ProducerRecord<>(Topics.COMMITMENT_STATE, 0, poisonKey, bytes("not a cloudevent"))).get();
        events.publishAll(ids.subList(3, 6).stream().map(id -> commitment(id, explicit(later), CommitmentStatus.OPEN)).toList());
        String marker = uniqueCommitmentId();
        container.resume();

        List<TopicProbe.Seen> dead = await().atMost(Duration.ofSeconds(20))
                .until(() -> deadLetters.withKey(poisonKey), r -> !r.isEmpty());
        assertThat(dead).hasSize(1);
        for (String id : ids) {
            await().atMost(Duration.ofSeconds(10)).until(() -> foundAlerts(id) > 0);
        }
        // nothing more to come: a later commitment's alert is published, and each of the six has its one alert still
        events.publish(commitment(marker, explicit(later), CommitmentStatus.OPEN));
        await().atMost(Duration.ofSeconds(10)).until(() -> foundAlerts(marker) > 0);
        for (String id : ids) {
            assertThat(foundAlerts(id)).as(id).isEqualTo(1);
            assertThat(mongo.findById(id, org.bson.Document.class, "commitments")).as(id).isNotNull()
                    .extracting(d -> d.get("version")).isEqualTo(1L);
        }
        assertThat(deadLetters.withKey(poisonKey)).hasSize(1);
        assertThat(ids).allMatch(id -> deadLetters.withKey(id).isEmpty());
    }

    private static long foundAlerts(String commitmentId) {
        return alerts.withKey(commitmentId).stream()
                .filter(seen -> EventType.COMMITMENT_FOUND.typeId().equals(seen.headers().get("ce_type")))
                .count();
    }

    /** The partition the producers put a record with this key on, of the topic's three. */
    private static int partitionOf(String key) {
        return Utils.toPositive(Utils.murmur2(bytes(key))) % 3;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
