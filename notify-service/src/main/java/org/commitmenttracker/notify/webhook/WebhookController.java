package org.commitmenttracker.notify.webhook;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import org.commitmenttracker.notify.alerts.AlertFilter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Webhook subscriptions (admin, through the gateway):
 * <ul>
 *     <li>{@code POST /api/webhooks} makes one, and is the only answer that shows its secret;</li>
 *     <li>{@code GET /api/webhooks}, {@code GET|PATCH|DELETE /api/webhooks/{id}}: list, show, change (url,
 *     description, filter), remove (without secrets);</li>
 *     <li>{@code POST /api/webhooks/{id}/rotate-secret}: a new secret, shown once; the old one still signs for the
 *     grace period;</li>
 *     <li>{@code POST /api/webhooks/{id}/enable}: active again after it was disabled;</li>
 *     <li>{@code POST /api/webhooks/{id}/ping}: a test call;</li>
 *     <li>{@code GET /api/webhooks/{id}/deliveries}: the delivery log, and
 *     {@code POST /api/webhooks/{id}/deliveries/{deliveryId}/redeliver} to send one again.</li>
 * </ul>
 */
@RestController
@RequestMapping("/api/webhooks")
class WebhookController {

    private final WebhookRegistry registry;

    WebhookController(WebhookRegistry registry) {
        this.registry = registry;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<WebhookCreatedResponse> register(@Valid @RequestBody WebhookRequest request) {
        RegisteredWebhook webhook = registry.register(request);
        return ResponseEntity.created(URI.create("/api/webhooks/" + webhook.id()))
                .body(new WebhookCreatedResponse(webhook.id(), webhook.url(), webhook.secret(), webhook.createdAt(),
                        webhook.filter()));
    }

    @GetMapping
    List<WebhookResponse> list() {
        return registry.all().stream().map(WebhookResponse::of).toList();
    }

    @GetMapping("/{id}")
    WebhookResponse get(@PathVariable String id) {
        return WebhookResponse.of(registry.get(id));
    }

    @PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    WebhookResponse update(@PathVariable String id, @Valid @RequestBody WebhookRequest request) {
        return WebhookResponse.of(registry.update(id, request));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String id) {
        registry.delete(id);
    }

    @PostMapping("/{id}/rotate-secret")
    WebhookRegistry.Rotated rotateSecret(@PathVariable String id) {
        return registry.rotateSecret(id);
    }

    @PostMapping("/{id}/enable")
    WebhookResponse enable(@PathVariable String id) {
        return WebhookResponse.of(registry.enable(id));
    }

    @PostMapping("/{id}/ping")
    ResponseEntity<DeliveryResponse> ping(@PathVariable String id) {
        return ResponseEntity.accepted().body(DeliveryResponse.of(registry.ping(id)));
    }

    @GetMapping("/{id}/deliveries")
    List<DeliveryResponse> deliveries(@PathVariable String id) {
        return registry.deliveryLog(id).stream().map(DeliveryResponse::of).toList();
    }

    @PostMapping("/{id}/deliveries/{deliveryId}/redeliver")
    ResponseEntity<DeliveryResponse> redeliver(@PathVariable String id, @PathVariable String deliveryId) {
        return ResponseEntity.accepted().body(DeliveryResponse.of(registry.redeliver(id, deliveryId)));
    }

    /** @param secret shown this once: the key to verify {@code webhook-signature} with */
    record WebhookCreatedResponse(String id, String url, String secret, Instant createdAt, AlertFilter filter) {

        @Override
        public String toString() {
            return "WebhookCreatedResponse[id=" + id + ", url=" + url + "]";
        }
    }

    /** @param previousSecretValidUntil after a rotation, until when the old secret still signs; else null */
    record WebhookResponse(String id, String url, String description, AlertFilter filter, WebhookState state,
                           Instant createdAt, Instant disabledAt, String disabledReason,
                           Instant previousSecretValidUntil) {

        static WebhookResponse of(RegisteredWebhook w) {
            return new WebhookResponse(w.id(), w.url(), w.description(), w.filter(), w.state(), w.createdAt(),
                    w.disabledAt(), w.disabledReason(), w.previousSecretUntil());
        }
    }

    /**
     * @param eventType     the envelope's type ({@code commitment.overdue}, {@code webhook.ping} ...)
     * @param nextAttemptAt when the next attempt is due, while the delivery is pending
     */
    record DeliveryResponse(String id, String messageId, String eventType, DeliveryState state, int attemptCount,
                            Instant createdAt, Instant nextAttemptAt, Instant completedAt, String outcome,
                            List<AttemptResponse> attempts) {

        static DeliveryResponse of(Delivery d) {
            return new DeliveryResponse(d.id(), d.messageId(), d.eventType(), d.state(), d.attemptCount(),
                    d.createdAt(), d.state() == DeliveryState.PENDING ? d.nextAttemptAt() : null, d.completedAt(),
                    d.outcome(), d.attempts().stream().map(AttemptResponse::of).toList());
        }
    }

    /**
     * @param statusCode      the receiver's answer, or null with {@code error} saying why there was none
     * @param responseExcerpt the start of the receiver's answer body
     */
    record AttemptResponse(Instant at, Integer statusCode, String error, long durationMillis, String responseExcerpt) {

        static AttemptResponse of(DeliveryAttempt a) {
            return new AttemptResponse(a.at(), a.statusCode(), a.error(), a.durationMillis(), a.responseExcerpt());
        }
    }
}
