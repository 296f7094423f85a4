package org.commitmenttracker.commitments.intake;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.commitmenttracker.events.Answer;
import org.commitmenttracker.events.AnswerCorrected;
import org.commitmenttracker.events.AnswerReceived;
import org.commitmenttracker.events.Topics;
import org.commitmenttracker.events.TrackerEvent;
import org.commitmenttracker.localinfra.TestInfrastructure;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes answer events as raw CloudEvents records while the answers listener is stopped, so that it finds them in one
 * poll when it starts again; records of one key are on one partition, in order.
 */
final class BatchWriter implements AutoCloseable {

    interface Step {
        void run() throws Exception;
    }

    private final KafkaListenerEndpointRegistry registry;
    private final JsonMapper json;
    private final KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            TestInfrastructure.endpoints().kafkaBootstrapServers()), new StringSerializer(), new ByteArraySerializer());

    BatchWriter(KafkaListenerEndpointRegistry registry, JsonMapper json) {
        this.registry = registry;
        this.json = json;
    }

    /** Runs the step (its sends) with the listener stopped, and starts it again. */
    void whileStopped(Step step) throws Exception {
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

    RecordMetadata send(String key, TrackerEvent event) {
        String type = event instanceof AnswerCorrected ? "org.commitmenttracker.answer.corrected.v1"
                : "org.commitmenttracker.answer.received.v1";
        return send(key, event.eventId(), type, json.writeValueAsBytes(event));
    }

    /** A record of any body, under a CloudEvent's headers. */
    RecordMetadata send(String key, String eventId, String type, byte[] body) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.ANSWERS, key, body);
        record.headers().add("ce_specversion", bytes("1.0")).add("ce_id", bytes(eventId)).add("ce_source", bytes("/test"))
                .add("ce_type", bytes(type)).add("content-type", bytes("application/json"));
        try {
            return producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("The broker did not take the record", e);
        }
    }

    static AnswerReceived received(Answer answer) {
        return new AnswerReceived(UUID.randomUUID().toString(), Instant.now(), answer, "h1");
    }

    /** A Lords answer of a department of its own, under {@code id}, or a new id if it is null. */
    static Answer answer(String id, String text) {
        String uin = id != null ? id.substring(id.lastIndexOf(':') + 1)
                : "HL" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000L);
        return new Answer(id != null ? id : "uk-parliament:lords:2026-10-24:" + uin, "lords", uin, LocalDate.of(2026, 10, 24),
                LocalDate.of(2026, 11, 5), "Department for Transport " + UUID.randomUUID(), "Lord Hendy", "Baroness Pidgeon",
                "Waterways", null, text, "https://questions-statements.parliament.uk/written-questions/detail/" + uin);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        producer.close();
    }
}
