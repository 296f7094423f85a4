package org.commitmenttracker.notify.webhook;

import java.time.Instant;

/**
 * A receiver of signed webhook calls.
 *
 * @param secret {@code whsec_} and the base64 signing key; kept out of {@link #toString()} so it never reaches a log
 */
record RegisteredWebhook(String id, String url, String description, String secret, WebhookState state,
                         Instant createdAt, Instant disabledAt, String disabledReason) {

    boolean isActive() {
        return state == WebhookState.ACTIVE;
    }

    @Override
    public String toString() {
        return "RegisteredWebhook[id=" + id + ", url=" + url + ", state=" + state + "]";
    }
}
