package org.commitmenttracker.notify.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The registered webhooks, one per id. */
interface WebhookStore {

    void insert(RegisteredWebhook webhook);

    Optional<RegisteredWebhook> find(String id);

    /** Every webhook, oldest first. */
    List<RegisteredWebhook> all();

    List<RegisteredWebhook> active();

    /** Disables the webhook if it is still active, keeping the first reason given. */
    void disable(String id, String reason, Instant at);
}
