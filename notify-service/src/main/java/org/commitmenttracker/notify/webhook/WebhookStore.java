package org.commitmenttracker.notify.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The webhook subscriptions, one per id. */
interface WebhookStore {

    void insert(RegisteredWebhook webhook);

    Optional<RegisteredWebhook> find(String id);

    /** Every webhook, oldest first. */
    List<RegisteredWebhook> all();

    List<RegisteredWebhook> active();

    /** Replaces url, description and filter. */
    void update(RegisteredWebhook webhook);

    /** Makes {@code secret} the signing secret, the one before it signing too until {@code previousUntil}. */
    void rotateSecret(String id, String secret, Instant previousUntil);

    /**
     * Disables the webhook if it is still active, keeping the first reason given, and marks a
     * {@code webhook.disabled} event to publish.
     *
     * @return whether it was active until now
     */
    boolean disable(String id, String reason, Instant at);

    /** Makes a disabled webhook active again; false if it was not disabled. */
    boolean enable(String id);

    boolean delete(String id);

    /** Webhooks disabled whose {@code webhook.disabled} event is still to be published. */
    List<RegisteredWebhook> awaitingDisabledEvent();

    void disabledEventPublished(String id, Instant disabledAt);
}
