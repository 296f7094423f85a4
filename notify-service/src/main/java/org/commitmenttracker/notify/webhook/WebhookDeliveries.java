package org.commitmenttracker.notify.webhook;

import java.time.Clock;
import java.time.Instant;

import org.commitmenttracker.events.EventType;
import org.commitmenttracker.events.TrackerEvent;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/** Queues an event for every active webhook; {@link WebhookDispatcher} sends what is queued. */
@Service
public class WebhookDeliveries {

    private final WebhookStore webhooks;
    private final DeliveryStore deliveries;
    private final JsonMapper json;
    private final Clock clock;

    WebhookDeliveries(WebhookStore webhooks, DeliveryStore deliveries, JsonMapper json, Clock clock) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.json = json;
        this.clock = clock;
    }

    /**
     * The body of a webhook call, the Standard Webhooks envelope: the event's type without namespace or version, when
     * it happened, and the event itself, the same JSON as on Kafka.
     */
    record Envelope(String type, Instant timestamp, TrackerEvent data) {
    }

    /**
     * Queues one delivery of {@code event} (in its {@link Envelope}) per active webhook. Offering the same event again
     * queues nothing twice: a delivery's id is the event id and the webhook id.
     *
     * @return how many deliveries were queued now
     */
    public int enqueue(TrackerEvent event) {
        String body = json.writeValueAsString(new Envelope(EventType.of(event).shortName(), event.occurredAt(), event));
        String type = EventType.of(event).typeId();
        Instant now = clock.instant();
        int queued = 0;
        for (RegisteredWebhook webhook : webhooks.active()) {
            if (deliveries.enqueue(Delivery.queued(event.eventId(), webhook.id(), type, body, now))) {
                queued++;
            }
        }
        return queued;
    }
}
