package org.commitmenttracker.notify.webhook;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.commitmenttracker.events.CommitmentAlert;
import org.commitmenttracker.events.EventType;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/** Queues alerts for the webhooks whose filters let them through; {@link WebhookDispatcher} sends what is queued. */
@Service
public class WebhookDeliveries {

    /** The type of a test call, which {@code POST /api/webhooks/{id}/ping} sends. */
    static final String PING = "webhook.ping";

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
    record Envelope(String type, Instant timestamp, Object data) {
    }

    /** The data of a test call. */
    record Ping(String webhookId, String message) {
    }

    /**
     * Queues one delivery of {@code alert} (in its {@link Envelope}) per active webhook whose filter lets it through.
     * Offering the same alert again queues nothing twice: a delivery's id is the event id and the webhook id.
     *
     * @return how many deliveries were queued now
     */
    public int enqueue(CommitmentAlert alert) {
        return enqueueAll(List.of(alert));
    }

    /** Queues the deliveries of every alert, as {@link #enqueue} does, reading the active webhooks once. */
    public int enqueueAll(List<? extends CommitmentAlert> alerts) {
        List<RegisteredWebhook> active = alerts.isEmpty() ? List.of() : webhooks.active();
        Instant now = clock.instant();
        int queued = 0;
        for (CommitmentAlert alert : alerts) {
            String type = EventType.of(alert).shortName();
            String body = null;
            for (RegisteredWebhook webhook : active) {
                if (webhook.filter().matches(alert)) {
                    body = body != null ? body : json.writeValueAsString(new Envelope(type, alert.occurredAt(), alert));
                    if (deliveries.enqueue(Delivery.queued(alert.eventId(), webhook.id(), type, body, now))) {
                        queued++;
                    }
                }
            }
        }
        return queued;
    }

    /** Queues a test call to one webhook, whatever its filter; its id is new, so each ping is a delivery of its own. */
    Delivery ping(RegisteredWebhook webhook) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String body = json.writeValueAsString(new Envelope(PING, now,
                new Ping(webhook.id(), "A test call from the commitment tracker; nothing to act on.")));
        Delivery delivery = Delivery.queued(UUID.randomUUID().toString(), webhook.id(), PING, body, now);
        deliveries.enqueue(delivery);
        return delivery;
    }
}
