package org.commitmenttracker.notify.webhook;

import java.time.Instant;
import java.util.List;

/**
 * One message to one webhook, with every attempt made at it.
 *
 * @param id        {@code <messageId>:<webhookId>}, so the same message is queued once per webhook however often
 *                  it is offered
 * @param messageId the event id: the {@code webhook-id} header, the same on every attempt
 * @param body      the JSON posted, fixed when the delivery is queued so that every attempt signs the same bytes
 * @param eventType the type as webhooks name it ({@code commitment.overdue}, {@code webhook.ping})
 * @param windowStart when its retry window began: when it was queued, or when an admin last asked to redeliver it
 * @param outcome   how it ended, in words, once it has
 */
record Delivery(String id, String webhookId, String messageId, String eventType, String body, DeliveryState state,
                int attemptCount, Instant nextAttemptAt, Instant createdAt, Instant windowStart, Instant completedAt,
                String outcome, List<DeliveryAttempt> attempts) {

    static Delivery queued(String messageId, String webhookId, String eventType, String body, Instant now) {
        return new Delivery(messageId + ":" + webhookId, webhookId, messageId, eventType, body, DeliveryState.PENDING,
                0, now, now, now, null, null, List.of());
    }
}
