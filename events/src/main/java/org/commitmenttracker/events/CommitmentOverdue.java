package org.commitmenttracker.events;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A commitment's deadline has passed while it is still open. Raised once per commitment and deadline. Type
 * {@code org.commitmenttracker.commitment.overdue.v1} on {@link Topics#ALERTS}; also the body of the webhook.
 *
 * @param overdueSince the first day the commitment was overdue (the day after its deadline)
 */
public record CommitmentOverdue(
        String eventId,
        Instant occurredAt,
        String commitmentId,
        CommitmentSource source,
        String action,
        Quote quote,
        Deadline deadline,
        CommitmentStatus status,
        LocalDate overdueSince) implements CommitmentAlert {

    @Override
    public String subject() {
        return commitmentId;
    }
}
