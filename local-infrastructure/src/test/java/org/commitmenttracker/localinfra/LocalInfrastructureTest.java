package org.commitmenttracker.localinfra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalInfrastructureTest {

    @Test
    void brokerAcknowledgesAnIdempotentProduceAndServesItBack(@TempDir Path dir) throws Exception {
        try (LocalKafkaBroker broker = LocalKafkaBroker.start(dir, 0, 0)) {
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                    new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("probe", "key", "value")).get();
            }
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                    ConsumerConfig.GROUP_ID_CONFIG, "probe",
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                    new StringDeserializer(), new StringDeserializer())) {
                consumer.subscribe(List.of("probe"));
                ConsumerRecord<String, String> record = firstRecord(consumer);
                assertThat(record).isNotNull();
                assertThat(record.key()).isEqualTo("key");
                assertThat(record.value()).isEqualTo("value");
            }
        }
    }

    @Test
    void brokerRestartsOnItsDataFolderAndKeepsItsRecords(@TempDir Path dir) throws Exception {
        try (LocalKafkaBroker broker = LocalKafkaBroker.start(dir, 0, 0);
             KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                     ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"),
                     new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("kept", "key", "before the restart")).get();
        }
        try (LocalKafkaBroker broker = LocalKafkaBroker.start(dir, 0, 0);
             KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                     ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                     ConsumerConfig.GROUP_ID_CONFIG, "restart", ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                     new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("kept"));
            ConsumerRecord<String, String> record = firstRecord(consumer);
            assertThat(record).isNotNull();
            assertThat(record.value()).isEqualTo("before the restart");
        }
    }

    @Test
    void durableMongoServerKeepsDocumentsAcrossARestart(@TempDir Path dir) {
        Path file = dir.resolve("store.mv");
        try (LocalMongoServer mongo = LocalMongoServer.startDurable(file, LocalKafkaBroker.freePort());
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            client.getDatabase("probe").getCollection("things").insertOne(new Document("_id", "a").append("n", 1));
        }
        try (LocalMongoServer mongo = LocalMongoServer.startDurable(file, LocalKafkaBroker.freePort());
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> things = client.getDatabase("probe").getCollection("things");
            assertThat(things.find(new Document("_id", "a")).first()).containsEntry("n", 1);
        }
    }

    /** The first record the consumer gets within 30 s (polling is the wait), or null. */
    private static ConsumerRecord<String, String> firstRecord(KafkaConsumer<String, String> consumer) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            var records = consumer.poll(Duration.ofMillis(500));
            if (!records.isEmpty()) {
                return records.iterator().next();
            }
        }
        return null;
    }
}
