package org.commitmenttracker.events;

import java.time.Instant;
import java.util.List;

/**
 * A tracked commitment's status changed (staff marked it delivered, dropped, in progress ...). Raised once per change:
 * per commitment and {@code version}. Type {@code org.commitmenttracker.commitment.status_changed.v1} on
 * {@link Topics#ALERTS}; also the data of the webhook.
 *
 * @param version        the commitment's version after the change
 * @param previousStatus the status before the change
 * @param evidence       every evidence link recorded with its status changes, oldest first
 */
public record CommitmentStatusChanged(
        String eventId,
        Instant occurredAt,
        String commitmentId,
        long version,
        CommitmentSource source,
        String action,
        Quote quote,
        Deadline deadline,
        CommitmentStatus status,
        CommitmentStatus previousStatus,
        List<Evidence> evidence) implements CommitmentAlert {

    public CommitmentStatusChanged {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    @Override
    public String subject() {
        return commitmentId;
    }
}
