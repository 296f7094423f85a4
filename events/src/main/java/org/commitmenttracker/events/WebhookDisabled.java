package org.commitmenttracker.events;

import java.time.Instant;

/**
 * notify-service stopped sending to a webhook subscription: its receiver answered {@code 410 Gone}, or a delivery
 * was not accepted within the retry window. Nothing more is sent to it until an admin enables it again. Type
 * {@code org.commitmenttracker.webhook.disabled.v1} on {@link Topics#WEBHOOKS}, keyed by the subscription's id.
 *
 * @param url    where it was sent (the subscription's URL, without its query)
 * @param reason why, in words
 */
public record WebhookDisabled(
        String eventId,
        Instant occurredAt,
        String webhookId,
        String url,
        String reason) implements TrackerEvent {

    @Override
    public String subject() {
        return webhookId;
    }
}
