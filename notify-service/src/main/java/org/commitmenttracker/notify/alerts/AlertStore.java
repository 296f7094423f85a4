package org.commitmenttracker.notify.alerts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The alerts raised, one per id. Publishing is claimed with a lease so that two instances never publish the same
 * pending alert at once.
 */
public interface AlertStore {

    /**
     * Inserts the alert, leased to the caller until {@code leaseUntil}.
     *
     * @return false when an alert with this id exists already (it was raised before)
     */
    boolean insertPending(Alert alert, Instant leaseUntil);

    /** Takes one pending alert whose lease has run out, leasing it until {@code leaseUntil}; oldest first. */
    Optional<Alert> claimPending(Instant now, Instant leaseUntil);

    void markPublished(String id, Instant publishedAt);

    /** The latest alerts, newest first. */
    List<Alert> recent(int limit);
}
