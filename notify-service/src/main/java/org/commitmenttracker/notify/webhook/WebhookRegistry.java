package org.commitmenttracker.notify.webhook;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.commitmenttracker.support.web.FieldError;
import org.commitmenttracker.support.web.NotFoundException;
import org.commitmenttracker.support.web.RequestValidationException;
import org.springframework.stereotype.Service;

/** Registers webhooks and tells what became of their deliveries. */
@Service
class WebhookRegistry {

    static final int DELIVERY_LOG_LIMIT = 200;

    private final WebhookStore webhooks;
    private final DeliveryStore deliveries;
    private final WebhookAddressPolicy addresses;
    private final WebhookSigner signer;
    private final Clock clock;

    WebhookRegistry(WebhookStore webhooks, DeliveryStore deliveries, WebhookAddressPolicy addresses,
                    WebhookSigner signer, Clock clock) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.addresses = addresses;
        this.signer = signer;
        this.clock = clock;
    }

    /** A new active webhook with a fresh secret; its URL must pass the address policy. */
    RegisteredWebhook register(WebhookRequest request) {
        String url = request.url().strip();
        addresses.problemWith(url).ifPresent(problem -> {
            throw new RequestValidationException(List.of(new FieldError("url", problem)));
        });
        String description = request.description() == null || request.description().isBlank()
                ? null : request.description().strip();
        RegisteredWebhook webhook = new RegisteredWebhook(UUID.randomUUID().toString(), url, description,
                signer.newSecret(), WebhookState.ACTIVE, clock.instant(), null, null);
        webhooks.insert(webhook);
        return webhook;
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
}
