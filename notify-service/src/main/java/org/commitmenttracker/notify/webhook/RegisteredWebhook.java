package org.commitmenttracker.notify.webhook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.commitmenttracker.notify.alerts.AlertFilter;

/**
 * A webhook subscription: a receiver of signed calls for the alerts its filter lets through.
 *
 * @param secret              {@code whsec_} and the base64 signing key; kept out of {@link #toString()} so it never
 *                            reaches a log
 * @param previousSecret      the secret before the last rotation, still signing until {@code previousSecretUntil}
 * @param disabledEventPending a {@code webhook.disabled} event is still to be published for its last disabling
 */
record RegisteredWebhook(String id, String url, String description, AlertFilter filter, String secret,
                         String previousSecret, Instant previousSecretUntil, WebhookState state, Instant createdAt,
                         Instant disabledAt, String disabledReason, boolean disabledEventPending) {

    RegisteredWebhook {
        filter = filter == null ? AlertFilter.EVERYTHING : filter;
    }

    boolean isActive() {
        return state == WebhookState.ACTIVE;
    }

    /** The secrets to sign with at {@code now}: the current one, and the previous one during its grace period. */
    List<String> signingSecrets(Instant now) {
        List<String> secrets = new ArrayList<>(List.of(secret));
        if (previousSecret != null && previousSecretUntil != null && now.isBefore(previousSecretUntil)) {
            secrets.add(previousSecret);
        }
        return secrets;
    }

    @Override
    public String toString() {
        return "RegisteredWebhook[id=" + id + ", url=" + url + ", state=" + state + "]";
    }
}
