package org.commitmenttracker.notify.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.commitmenttracker.notify.NotifyProperties;
import org.commitmenttracker.notify.alerts.AlertFilter;
import org.commitmenttracker.support.web.FieldError;
import org.commitmenttracker.support.web.FieldProblemException;
import org.commitmenttracker.support.web.NotFoundException;
import org.commitmenttracker.support.web.RequestValidationException;
import org.springframework.stereotype.Service;

/** Webhook subscriptions: made, changed, rotated, enabled, removed; and what became of their deliveries. */
@Service
class WebhookRegistry {

    static final int DELIVERY_LOG_LIMIT = 200;

    /** A new secret, and until when the one before it still signs. */
    record Rotated(String secret, Instant previousSecretValidUntil) {

        @Override
        public String toString() {
            return "Rotated[previousSecretValidUntil=" + previousSecretValidUntil + "]";
        }
    }

    private final WebhookStore webhooks;
    private final DeliveryStore deliveries;
    private final WebhookDeliveries queue;
    private final WebhookAddressPolicy addresses;
    private final WebhookSigner signer;
    private final Clock clock;
    private final Duration rotationGrace;

    WebhookRegistry(WebhookStore webhooks, DeliveryStore deliveries, WebhookDeliveries queue,
                    WebhookAddressPolicy addresses, WebhookSigner signer, Clock clock, NotifyProperties properties) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.queue = queue;
        this.addresses = addresses;
        this.signer = signer;
        this.clock = clock;
        this.rotationGrace = properties.webhooks().secretRotationGrace();
    }

    /** A new active webhook with a fresh secret; its URL must pass the address policy, its filter name known types. */
    RegisteredWebhook register(WebhookRequest request) {
        if (request.url() == null || request.url().isBlank()) {
            throw new RequestValidationException(List.of(new FieldError("url", "must not be blank")));
        }
        String url = checkedUrl(request.url());
        AlertFilter filter = checked(request.filterOver(AlertFilter.EVERYTHING));
        RegisteredWebhook webhook = new RegisteredWebhook(UUID.randomUUID().toString(), url,
                description(request.description()), filter, signer.newSecret(), null, null, WebhookState.ACTIVE,
                clock.instant(), null, null, false);
        webhooks.insert(webhook);
        return webhook;
    }

    /** Changes what the request gives (url, description, filter lists); the rest stays. */
    RegisteredWebhook update(String id, WebhookRequest request) {
        RegisteredWebhook current = get(id);
        String url = request.url() == null ? current.url() : checkedUrl(request.url());
        String description = request.description() == null ? current.description() : description(request.description());
        AlertFilter filter = checked(request.filterOver(current.filter()));
        RegisteredWebhook updated = new RegisteredWebhook(id, url, description, filter, current.secret(),
                current.previousSecret(), current.previousSecretUntil(), current.state(), current.createdAt(),
                current.disabledAt(), current.disabledReason(), current.disabledEventPending());
        webhooks.update(updated);
        return updated;
    }

    Rotated rotateSecret(String id) {
        get(id);
        String secret = signer.newSecret();
        Instant until = clock.instant().plus(rotationGrace);
        webhooks.rotateSecret(id, secret, until);
        return new Rotated(secret, until);
    }

    RegisteredWebhook enable(String id) {
        RegisteredWebhook webhook = get(id);
        if (!webhooks.enable(id) && !webhook.isActive()) {
            throw FieldProblemException.conflict("state", "could not be enabled");
        }
        return get(id);
    }

    void delete(String id) {
        if (!webhooks.delete(id)) {
            throw new NotFoundException("No webhook with id " + id);
        }
    }

    /** Queues a test call, signed like any other; its outcome is in the delivery log. */
    Delivery ping(String id) {
        RegisteredWebhook webhook = get(id);
        requireActive(webhook);
        return queue.ping(webhook);
    }

    /** Sends a delivery again, with the same {@code webhook-id}: due at once, retried for a new window. */
    Delivery redeliver(String id, String deliveryId) {
        RegisteredWebhook webhook = get(id);
        Delivery delivery = deliveries.find(deliveryId).filter(d -> d.webhookId().equals(id))
                .orElseThrow(() -> new NotFoundException("No delivery " + deliveryId + " to webhook " + id));
        requireActive(webhook);
        if (!deliveries.redeliver(delivery.id(), clock.instant())) {
            throw FieldProblemException.conflict("delivery",
                    "an attempt at it is under way; ask again once it has ended");
        }
        return deliveries.find(deliveryId).orElseThrow();
    }

    List<RegisteredWebhook> all() {
        return webhooks.all();
    }

    RegisteredWebhook get(String id) {
        return webhooks.find(id).orElseThrow(() -> new NotFoundException("No webhook with id " + id));
    }

    /** The latest deliveries to the webhook, newest first. */
    List<Delivery> deliveryLog(String id) {
        get(id);
        return deliveries.forWebhook(id, DELIVERY_LOG_LIMIT);
    }

    private static void requireActive(RegisteredWebhook webhook) {
        if (!webhook.isActive()) {
            throw FieldProblemException.conflict("state",
                    "the webhook is disabled (" + webhook.disabledReason() + "); enable it first with POST /api/webhooks/"
                            + webhook.id() + "/enable");
        }
    }

    private String checkedUrl(String given) {
        String url = given.strip();
        addresses.problemWith(url).ifPresent(problem -> {
            throw new RequestValidationException(List.of(new FieldError("url", problem)));
        });
        return url;
    }

    private static AlertFilter checked(AlertFilter filter) {
        return filter.requireKnownTypes("types");
    }

    private static String description(String description) {
        return description == null || description.isBlank() ? null : description.strip();
    }
}
