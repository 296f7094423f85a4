package org.commitmenttracker.notify.webhook;

import java.time.Instant;

/**
 * One try at a delivery.
 *
 * @param statusCode the receiver's HTTP status, or null when there was no answer
 * @param error      why there was no answer (timeout, refused connection, forbidden address), or null
 * @param durationMillis how long it took, from the address check to the end of the answer
 * @param responseExcerpt the start of the receiver's answer (at most {@value WebhookSender#EXCERPT_CHARS}
 *                   characters), or null
 */
record DeliveryAttempt(Instant at, Integer statusCode, String error, long durationMillis, String responseExcerpt) {

    boolean succeeded() {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }
}
