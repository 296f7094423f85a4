package org.commitmenttracker.notify.webhook;

import java.time.Instant;

/**
 * One try at a delivery.
 *
 * @param statusCode the receiver's HTTP status, or null when there was no answer
 * @param error      why there was no answer (timeout, refused connection, forbidden address), or null
 */
record DeliveryAttempt(Instant at, Integer statusCode, String error, long durationMillis) {

    boolean succeeded() {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }
}
