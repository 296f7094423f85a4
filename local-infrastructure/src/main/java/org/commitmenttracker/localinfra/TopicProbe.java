package org.commitmenttracker.localinfra;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic from its beginning, without a consumer group, so a test can see every record ever written to it.
 * Call {@link #poll()} from an Awaitility condition.
 */
public final class TopicProbe implements AutoCloseable {

    /** A record as read, with its headers as strings. */
    public record Seen(String key, String value, Map<String, String> headers, int partition, long offset) {
    }

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<Seen> seen = new ArrayList<>();

    private final String topic;

    public TopicProbe(String bootstrapServers, String topic) {
        this.topic = topic;
        consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer());
    }

    /** Assigns every partition of the topic once the topic exists; false while it does not. */
    private boolean assigned() {
        if (!consumer.assignment().isEmpty()) {
            return true;
        }
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(5)).stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .toList();
        if (partitions.isEmpty()) {
            return false;
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return true;
    }

    /** Everything read so far, after one more short poll. */
    public synchronized List<Seen> poll() {
        if (!assigned()) {
            return List.of();
        }
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
            Map<String, String> headers = new java.util.LinkedHashMap<>();
            StreamSupport.stream(record.headers().spliterator(), false).forEach((Header h) ->
                    headers.put(h.key(), h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8)));
            seen.add(new Seen(record.key(), record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8),
                    headers, record.partition(), record.offset()));
        }
        return List.copyOf(seen);
    }

    /** The records read so far whose key is {@code key}. */
    public List<Seen> withKey(String key) {
        return poll().stream().filter(record -> key.equals(record.key())).toList();
    }

    @Override
    public synchronized void close() {
        consumer.close();
    }
}
