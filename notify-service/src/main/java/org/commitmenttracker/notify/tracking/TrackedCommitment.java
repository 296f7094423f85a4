package org.commitmenttracker.notify.tracking;

import java.time.Instant;

import org.commitmenttracker.events.CommitmentExtracted;
import org.commitmenttracker.events.CommitmentSource;
import org.commitmenttracker.events.CommitmentStatus;
import org.commitmenttracker.events.Deadline;
import org.commitmenttracker.events.Quote;

/**
 * What notify-service knows of a commitment: the latest state its events gave it.
 *
 * @param lastEventId    the id of the last event applied
 * @param lastOccurredAt when that event happened
 */
public record TrackedCommitment(
        String commitmentId,
        String lastEventId,
        Instant lastOccurredAt,
        CommitmentSource source,
        Quote quote,
        String action,
        Deadline deadline,
        CommitmentStatus status) {

    static TrackedCommitment of(CommitmentExtracted event) {
        return new TrackedCommitment(event.commitmentId(), event.eventId(), event.occurredAt(), event.source(),
                event.quote(), event.action(), event.deadline(), event.status());
    }
}
