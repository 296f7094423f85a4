package org.commitmenttracker.support.events;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.cloudevents.kafka.CloudEventSerializer;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.commitmenttracker.events.Topics;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.ContainerCustomizer;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.BatchMessageListener;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.util.backoff.ExponentialBackOff;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Kafka conventions every service shares: CloudEvents binary mode on the wire, idempotent producers with
 * {@code acks=all}, at-least-once consumers that commit after each record (or each batch, for a batch listener) is
 * handled, and a dead-letter topic beside every topic for records that fail.
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
public class KafkaEventsAutoConfiguration {

    @Bean
    DefaultKafkaProducerFactoryCustomizer cloudEventProducerConventions() {
        return factory -> factory.updateConfigs(Map.of(
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                // callers wait for each acknowledgement before answering; Kafka 4's default linger of 5 ms would be
                // added to every one of them
                ProducerConfig.LINGER_MS_CONFIG, 0));
    }

    @Bean
    DefaultKafkaConsumerFactoryCustomizer cloudEventConsumerConventions() {
        return factory -> factory.updateConfigs(Map.of(
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ErrorHandlingDeserializer.class,
                ErrorHandlingDeserializer.VALUE_DESERIALIZER_CLASS, CloudEventDeserializer.class,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"));
    }

    @Bean
    ContainerCustomizer<Object, Object, ConcurrentMessageListenerContainer<Object, Object>> commitAfterEachRecord() {
        // a batch listener's offsets are committed once its whole batch is handled
        return container -> container.getContainerProperties().setAckMode(
                container.getContainerProperties().getMessageListener() instanceof BatchMessageListener<?, ?>
                        ? ContainerProperties.AckMode.BATCH : ContainerProperties.AckMode.RECORD);
    }

    @Bean
    @ConditionalOnMissingBean
    EventPublisher eventPublisher(KafkaTemplate<String, CloudEvent> template, JsonMapper json,
                                  @Value("${spring.application.name}") String applicationName,
                                  @Value("${tracker.kafka.ack-timeout:PT10S}") Duration ackTimeout) {
        return new EventPublisher(template, json, URI.create("/" + applicationName), ackTimeout);
    }

    @Bean
    @ConditionalOnMissingBean
    EventReader eventReader(JsonMapper json) {
        return new EventReader(json);
    }

    /**
     * Retries a failing record a few times, then publishes it to {@code <topic>.dlt} with the exception in the
     * headers, so one bad record never blocks its partition. Records that failed to deserialise (kept as raw bytes)
     * and {@link MalformedEventException}s go to the dead-letter topic at once.
     */
    @Bean
    @ConditionalOnMissingBean
    DefaultErrorHandler deadLetteringErrorHandler(KafkaTemplate<String, CloudEvent> events, KafkaProperties properties,
                                                  KafkaConnectionDetails connection) {
        Map<String, Object> rawConfig = properties.buildProducerProperties();
        rawConfig.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, connection.getProducer().getBootstrapServers());
        rawConfig.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        rawConfig.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        rawConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        KafkaOperations<String, byte[]> raw = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(rawConfig));
        Map<Class<?>, KafkaOperations<?, ?>> templates = new java.util.LinkedHashMap<>();
        templates.put(CloudEvent.class, events);
        templates.put(byte[].class, raw);
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(templates,
                (record, exception) -> new TopicPartition(Topics.deadLetter(record.topic()), -1));
        ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
        backOff.setMaxElapsedTime(3_000);
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(MalformedEventException.class);
        return handler;
    }

    /** Every topic of the catalogue; the state topics are compacted, so each key's latest record is kept for good. */
    @Bean
    KafkaAdmin.NewTopics trackerTopics(@Value("${tracker.kafka.partitions:3}") int partitions) {
        return new KafkaAdmin.NewTopics(Topics.ALL.stream()
                .map(topic -> {
                    TopicBuilder builder = TopicBuilder.name(topic).partitions(partitions);
                    return (Topics.COMPACTED.contains(topic) ? builder.compact() : builder).build();
                })
                .toArray(NewTopic[]::new));
    }
}
