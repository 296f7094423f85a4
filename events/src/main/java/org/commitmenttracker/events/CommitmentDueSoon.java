package org.commitmenttracker.events;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A tracked, outstanding commitment's deadline is near: within the lead time (notify-service's
 * {@code notify.overdue.due-soon-lead}, 14 days by default). Raised once per commitment and deadline. Type
 * {@code org.commitmenttracker.commitment.due_soon.v1} on {@link Topics#ALERTS}; also the body of the webhook.
 *
 * @param dueOn the deadline's date, the last day to deliver it on time
 */
public record CommitmentDueSoon(
        String eventId,
        Instant occurredAt,
        String commitmentId,
        CommitmentSource source,
        String action,
        Quote quote,
        Deadline deadline,
        CommitmentStatus status,
        LocalDate dueOn) implements CommitmentAlert {

    @Override
    public String subject() {
        return commitmentId;
    }
}
