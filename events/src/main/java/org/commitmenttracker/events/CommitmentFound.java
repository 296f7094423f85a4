package org.commitmenttracker.events;

import java.time.Instant;

/**
 * A new commitment is being tracked: the engine was sure enough to accept it, or staff confirmed it. Raised once per
 * commitment. Type {@code org.commitmenttracker.commitment.found.v1} on {@link Topics#ALERTS}; also the data of the
 * webhook.
 *
 * @param review {@code accepted} (by the engine) or {@code confirmed} (by staff)
 */
public record CommitmentFound(
        String eventId,
        Instant occurredAt,
        String commitmentId,
        CommitmentSource source,
        String action,
        Quote quote,
        Strength strength,
        double confidence,
        Deadline deadline,
        CommitmentStatus status,
        ReviewState review) implements CommitmentAlert {

    @Override
    public String subject() {
        return commitmentId;
    }
}
