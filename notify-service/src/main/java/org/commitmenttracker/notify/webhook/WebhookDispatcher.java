package org.commitmenttracker.notify.webhook;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.commitmenttracker.events.WebhookDisabled;
import org.commitmenttracker.notify.NotifyProperties;
import org.commitmenttracker.support.events.EventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the deliveries that are due. Each attempt is claimed with a lease first, so that two instances never make the
 * same attempt, and its outcome is written to the delivery log:
 * <ul>
 *     <li>2xx: delivered;</li>
 *     <li>410 Gone: failed, and the webhook is disabled;</li>
 *     <li>anything else (another status, a timeout, a refused connection, an address the policy now refuses): tried
 *     again after a growing {@link Backoff}, as long as the next attempt falls within {@code retry-window} of the
 *     delivery's window start; then failed, and the webhook is disabled.</li>
 * </ul>
 * Each disabling is published as a {@link WebhookDisabled} on {@code tracker.webhooks.v1}, by the run after it (and
 * again by later runs until the broker has taken it).
 */
@Component
class WebhookDispatcher {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

    /** Most attempts made in one run, so that one run cannot go on for ever. */
    static final int BATCH = 100;

    /** What one run did. */
    record DispatchResult(int delivered, int retrying, int failed, int cancelled, int leaseLost) {

        int attempts() {
            return delivered + retrying + failed;
        }
    }

    private final DeliveryStore deliveries;
    private final WebhookStore webhooks;
    private final WebhookAddressPolicy addresses;
    private final WebhookSigner signer;
    private final WebhookSender sender;
    private final Backoff backoff;
    private final Clock clock;
    private final EventPublisher publisher;
    private final Duration retryWindow;
    private final Duration lease;

    WebhookDispatcher(DeliveryStore deliveries, WebhookStore webhooks, WebhookAddressPolicy addresses,
                      WebhookSigner signer, WebhookSender sender, Backoff backoff, Clock clock,
                      EventPublisher publisher, NotifyProperties properties) {
        this.deliveries = deliveries;
        this.webhooks = webhooks;
        this.addresses = addresses;
        this.signer = signer;
        this.sender = sender;
        this.backoff = backoff;
        this.clock = clock;
        this.publisher = publisher;
        this.retryWindow = properties.webhooks().retryWindow();
        // long enough for connecting and answering, each bounded by the timeout, with room to spare
        this.lease = properties.webhooks().timeout().multipliedBy(3).plusSeconds(10);
    }

    @Scheduled(fixedDelayString = "${notify.webhooks.dispatch-interval}")
    void dispatchDue() {
        DispatchResult result = dispatch();
        publishDisablings();
        if (result.failed() > 0 || result.leaseLost() > 0) {
            log.warn("Webhook dispatch: {}", result);
        } else if (result.attempts() > 0) {
            log.debug("Webhook dispatch: {}", result);
        }
    }

    DispatchResult dispatch() {
        int delivered = 0;
        int retrying = 0;
        int failed = 0;
        int cancelled = 0;
        int leaseLost = 0;
        for (int i = 0; i < BATCH; i++) {
            Instant now = clock.instant();
            Optional<DeliveryStore.Claimed> claimed = deliveries.claimDue(now, now.plus(lease));
            if (claimed.isEmpty()) {
                break;
            }
            Outcome outcome = attempt(claimed.get());
            switch (outcome) {
                case DELIVERED -> delivered++;
                case RETRYING -> retrying++;
                case FAILED -> failed++;
                case CANCELLED -> cancelled++;
                case LEASE_LOST -> leaseLost++;
            }
        }
        return new DispatchResult(delivered, retrying, failed, cancelled, leaseLost);
    }

    private enum Outcome { DELIVERED, RETRYING, FAILED, CANCELLED, LEASE_LOST }

    private Outcome attempt(DeliveryStore.Claimed claimed) {
        Delivery delivery = claimed.delivery();
        Optional<RegisteredWebhook> found = webhooks.find(delivery.webhookId());
        if (found.isEmpty() || !found.get().isActive()) {
            boolean kept = deliveries.cancel(claimed, "webhook disabled before delivery", clock.instant());
            return kept ? Outcome.CANCELLED : Outcome.LEASE_LOST;
        }
        RegisteredWebhook webhook = found.get();
        DeliveryAttempt attempt = send(webhook, delivery);
        int attempts = delivery.attemptCount() + 1;
        if (attempt.succeeded()) {
            return recorded(deliveries.recordAttempt(claimed, attempt, DeliveryState.DELIVERED, null, "delivered"),
                    Outcome.DELIVERED);
        }
        if (attempt.statusCode() != null && attempt.statusCode() == 410) {
            String reason = "receiver answered 410 Gone";
            boolean kept = deliveries.recordAttempt(claimed, attempt, DeliveryState.FAILED, null, reason);
            if (webhooks.disable(webhook.id(), reason, attempt.at())) {
                log.info("Webhook {} disabled: {}", webhook.id(), reason);
            }
            return recorded(kept, Outcome.FAILED);
        }
        Instant next = clock.instant().plus(backoff.delayAfter(attempts, ThreadLocalRandom.current().nextDouble()));
        if (next.isAfter(delivery.windowStart().plus(retryWindow))) {
            String reason = "not delivered within the retry window (" + retryWindow + ", " + attempts + " attempts)";
            boolean kept = deliveries.recordAttempt(claimed, attempt, DeliveryState.FAILED, null, reason);
            if (webhooks.disable(webhook.id(), reason, attempt.at())) {
                log.warn("Webhook {} disabled: {} (last: {})", webhook.id(), reason, describe(attempt));
            }
            return recorded(kept, Outcome.FAILED);
        }
        log.info("Delivery {} attempt {} failed ({}); next at {}", delivery.id(), attempts, describe(attempt), next);
        return recorded(deliveries.recordAttempt(claimed, attempt, DeliveryState.PENDING, next, null),
                Outcome.RETRYING);
    }

    /** Makes one attempt; never throws, so that every attempt is logged in the delivery. */
    private DeliveryAttempt send(RegisteredWebhook webhook, Delivery delivery) {
        Instant at = clock.instant();
        long started = System.nanoTime();
        Optional<String> refused = addresses.problemWith(webhook.url());
        if (refused.isPresent()) {
            return new DeliveryAttempt(at, null, "address refused: url " + refused.get(), 0, null);
        }
        Map<String, String> headers = signer.headers(delivery.messageId(), at, delivery.body(),
                webhook.signingSecrets(at));
        WebhookSender.Answer answer = sender.post(URI.create(webhook.url()), headers, delivery.body());
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        return new DeliveryAttempt(at, answer.statusCode(), answer.error(), millis, answer.excerpt());
    }

    /** Publishes a {@link WebhookDisabled} for each disabling not yet published; what fails is tried by the next run. */
    void publishDisablings() {
        for (RegisteredWebhook webhook : webhooks.awaitingDisabledEvent()) {
            String eventId = UUID.nameUUIDFromBytes((webhook.id() + "|disabled|" + webhook.disabledAt())
                    .getBytes(StandardCharsets.UTF_8)).toString();
            try {
                publisher.publish(new WebhookDisabled(eventId, webhook.disabledAt(), webhook.id(),
                        withoutQuery(webhook.url()), webhook.disabledReason()));
                webhooks.disabledEventPublished(webhook.id(), webhook.disabledAt());
            } catch (RuntimeException e) {
                log.warn("webhook.disabled for {} not published yet: {}", webhook.id(), e.toString());
                return;
            }
        }
    }

    /** A query may carry a receiver's token; the event need not. */
    private static String withoutQuery(String url) {
        int cut = url.indexOf('?');
        return cut < 0 ? url : url.substring(0, cut);
    }

    private static Outcome recorded(boolean kept, Outcome outcome) {
        return kept ? outcome : Outcome.LEASE_LOST;
    }

    private static String describe(DeliveryAttempt attempt) {
        return attempt.statusCode() != null ? "status " + attempt.statusCode() : attempt.error();
    }
}
