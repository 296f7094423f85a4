package org.commitmenttracker.support.events;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import org.commitmenttracker.events.CloudEventHeaders;
import org.commitmenttracker.events.EventType;
import org.commitmenttracker.events.TrackerEvent;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes tracker events as CloudEvents in binary mode and returns only once the broker has acknowledged them
 * ({@code acks=all}, idempotent producer), so a caller that answers "accepted" after {@link #publish} never loses an
 * event.
 */
public class EventPublisher {

    private final KafkaTemplate<String, CloudEvent> template;
    private final JsonMapper json;
    private final URI source;
    private final Duration ackTimeout;

    public EventPublisher(KafkaTemplate<String, CloudEvent> template, JsonMapper json, URI source, Duration ackTimeout) {
        this.template = template;
        this.json = json;
        this.source = source;
        this.ackTimeout = ackTimeout;
    }

    /** Sends one event and waits for the broker's acknowledgement. */
    public void publish(TrackerEvent event) {
        publishAll(List.of(event));
    }

    /** Sends the events (in order, each on its own key) and waits until the broker has acknowledged every one. */
    public void publishAll(List<? extends TrackerEvent> events) {
        List<CompletableFuture<SendResult<String, CloudEvent>>> sent = events.stream()
                .map(event -> template.send(EventType.of(event).topic(), event.subject(), toCloudEvent(event)))
                .toList();
        try {
            CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EventPublishingException("Interrupted while waiting for the broker", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new EventPublishingException("The broker did not acknowledge " + events.size() + " event(s)", e);
        }
    }

    CloudEvent toCloudEvent(TrackerEvent event) {
        return CloudEventBuilder.v1()
                .withId(event.eventId())
                .withSource(source)
                .withType(EventType.of(event).typeId())
                .withTime(event.occurredAt().atOffset(ZoneOffset.UTC))
                .withSubject(event.subject())
                .withData(CloudEventHeaders.JSON, json.writeValueAsBytes(event))
                .build();
    }
}
