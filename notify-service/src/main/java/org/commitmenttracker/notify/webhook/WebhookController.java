package org.commitmenttracker.notify.webhook;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/webhooks} registers a webhook and is the only answer that shows its secret;
 * {@code GET /api/webhooks}, {@code GET /api/webhooks/{id}} and {@code GET /api/webhooks/{id}/deliveries} show
 * webhooks (without secrets) and their delivery log.
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
                .body(new WebhookCreatedResponse(webhook.id(), webhook.url(), webhook.secret(), webhook.createdAt()));
    }

    @GetMapping
    List<WebhookResponse> list() {
        return registry.all().stream().map(WebhookResponse::of).toList();
    }

    @GetMapping("/{id}")
    WebhookResponse get(@PathVariable String id) {
        return WebhookResponse.of(registry.get(id));
    }

    @GetMapping("/{id}/deliveries")
    List<DeliveryResponse> deliveries(@PathVariable String id) {
        return registry.deliveryLog(id).stream().map(DeliveryResponse::of).toList();
    }

    /** @param secret shown this once: the key to verify {@code webhook-signature} with */
    record WebhookCreatedResponse(String id, String url, String secret, Instant createdAt) {

        @Override
        public String toString() {
            return "WebhookCreatedResponse[id=" + id + ", url=" + url + "]";
        }
    }

    record WebhookResponse(String id, String url, String description, WebhookState state, Instant createdAt,
                           Instant disabledAt, String disabledReason) {

        static WebhookResponse of(RegisteredWebhook w) {
            return new WebhookResponse(w.id(), w.url(), w.description(), w.state(), w.createdAt(), w.disabledAt(),
                    w.disabledReason());
        }
    }

    /** @param nextAttemptAt when the next attempt is due, while the delivery is pending */
    record DeliveryResponse(String id, String messageId, String eventType, DeliveryState state, int attemptCount,
                            Instant createdAt, Instant nextAttemptAt, Instant completedAt, String outcome,
                            List<AttemptResponse> attempts) {

        static DeliveryResponse of(Delivery d) {
            return new DeliveryResponse(d.id(), d.messageId(), d.eventType(), d.state(), d.attemptCount(),
                    d.createdAt(), d.state() == DeliveryState.PENDING ? d.nextAttemptAt() : null, d.completedAt(),
                    d.outcome(), d.attempts().stream().map(AttemptResponse::of).toList());
        }
    }

    /** @param statusCode the receiver's answer, or null with {@code error} saying why there was none */
    record AttemptResponse(Instant at, Integer statusCode, String error, long durationMillis) {

        static AttemptResponse of(DeliveryAttempt a) {
            return new AttemptResponse(a.at(), a.statusCode(), a.error(), a.durationMillis());
        }
    }
}
