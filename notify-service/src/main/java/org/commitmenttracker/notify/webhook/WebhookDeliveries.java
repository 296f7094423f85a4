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
     * Queues one delivery of {@code event} (its JSON, the same as on Kafka) per active webhook. Offering the same
     * event again queues nothing twice: a delivery's id is the event id and the webhook id.
     *
     * @return how many deliveries were queued now
     */
    public int enqueue(TrackerEvent event) {
        String body = json.writeValueAsString(event);
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
