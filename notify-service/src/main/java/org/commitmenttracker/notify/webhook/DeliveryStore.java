package org.commitmenttracker.notify.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Webhook deliveries and their attempts. The state lives here, not in memory, so retries survive restarts. An attempt
 * is claimed with a lease in one atomic update, so that two instances never make the same attempt; only the holder
 * of the lease can record its outcome.
 */
interface DeliveryStore {

    /** A delivery taken for one attempt, with the token that proves the lease. */
    record Claimed(Delivery delivery, String leaseToken) {
    }

    /** Queues the delivery unless one with its id exists; true if it was queued now. */
    boolean enqueue(Delivery delivery);

    /** Leases one pending delivery that is due at {@code now} and not leased, the longest-waiting first. */
    Optional<Claimed> claimDue(Instant now, Instant leaseUntil);

    /**
     * Records an attempt and what follows from it, and ends the lease.
     *
     * @param nextAttemptAt when to try again if {@code state} is pending
     * @param outcome       how the delivery ended, if it has
     * @return false if the lease had been lost (another instance owns the delivery now)
     */
    boolean recordAttempt(Claimed claimed, DeliveryAttempt attempt, DeliveryState state, Instant nextAttemptAt,
                          String outcome);

    /** Cancels the delivery without an attempt and ends the lease. */
    boolean cancel(Claimed claimed, String outcome, Instant at);

    /** The deliveries to one webhook, newest first. */
    List<Delivery> forWebhook(String webhookId, int limit);

    Optional<Delivery> find(String id);

    /**
     * Queues the delivery again, due at once, with a new retry window from {@code now}; its attempts so far stay in
     * its log. A delivery whose attempt is under way is left alone.
     *
     * @return false if there is no such delivery, or an attempt at it is under way
     */
    boolean redeliver(String id, Instant now);
}
