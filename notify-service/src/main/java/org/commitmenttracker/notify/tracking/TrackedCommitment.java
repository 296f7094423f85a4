package org.commitmenttracker.notify.tracking;

import java.time.Instant;
import java.util.List;

import org.commitmenttracker.events.CommitmentSource;
import org.commitmenttracker.events.CommitmentState;
import org.commitmenttracker.events.CommitmentStatus;
import org.commitmenttracker.events.Deadline;
import org.commitmenttracker.events.Evidence;
import org.commitmenttracker.events.Quote;
import org.commitmenttracker.events.ReviewState;
import org.commitmenttracker.events.Strength;

/**
 * What notify-service knows of a commitment: its newest state on {@code tracker.commitments.state.v1}.
 *
 * @param version        the version of that state; an older or equal one is never applied over it
 * @param lastEventId    the id of the state event applied
 * @param lastOccurredAt when that state was made
 * @param tracked        in its latest answer, not withdrawn and not rejected: only then can it go overdue
 * @param withdrawn      its question was withdrawn (a {@code commitment.withdrawn} alert, once)
 * @param evidence       the evidence links recorded with its status changes, oldest first
 */
public record TrackedCommitment(
        String commitmentId,
        long version,
        String lastEventId,
        Instant lastOccurredAt,
        CommitmentSource source,
        Quote quote,
        String action,
        Strength strength,
        double confidence,
        Deadline deadline,
        CommitmentStatus status,
        ReviewState review,
        boolean tracked,
        boolean withdrawn,
        List<Evidence> evidence) {

    public TrackedCommitment {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** Tracked and accepted by the engine or confirmed by staff: a {@code commitment.found} alert, once. */
    public boolean isFound() {
        return tracked && (review == ReviewState.ACCEPTED || review == ReviewState.CONFIRMED);
    }

    static TrackedCommitment of(CommitmentState state) {
        return new TrackedCommitment(state.commitmentId(), state.version(), state.eventId(), state.occurredAt(),
                state.source(), state.quote(), state.action(), state.strength(), state.confidence(), state.deadline(),
                state.status(), state.review(), state.tracked(), state.withdrawn(), state.evidence());
    }
}
