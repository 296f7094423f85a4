package org.commitmenttracker.events;

import java.time.Instant;

/**
 * A tracked commitment's question was withdrawn: it is tracked no more, and will never fall due or go overdue. Raised
 * once per commitment. Type {@code org.commitmenttracker.commitment.withdrawn.v1} on {@link Topics#ALERTS}; also the
 * data of the webhook.
 */
public record CommitmentWithdrawn(
        String eventId,
        Instant occurredAt,
        String commitmentId,
        CommitmentSource source,
        String action,
        Quote quote,
        Deadline deadline,
        CommitmentStatus status) implements CommitmentAlert {

    @Override
    public String subject() {
        return commitmentId;
    }
}
