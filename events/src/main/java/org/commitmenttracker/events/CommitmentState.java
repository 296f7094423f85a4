package org.commitmenttracker.events;

import java.time.Instant;
import java.util.List;

/**
 * The whole current state of a commitment, published after every change to it. Type
 * {@code org.commitmenttracker.commitment.state.v1} on the compacted {@link Topics#COMMITMENT_STATE}: the latest record
 * of each key is the commitment as it stands. Consumers keep the highest {@code version} they have seen; a record
 * with a lower or equal one is stale and is ignored.
 *
 * @param action         as tracked: staff's wording where they edited the engine's
 * @param version        grows by one with every change; the newest state wins
 * @param review         staff's review of what the engine found
 * @param inLatestAnswer false once a later version of its answer no longer carries it
 * @param withdrawn      its question was withdrawn
 * @param evidence       every evidence link recorded with a status change, oldest first
 * @param missingMeasure for {@code not_measurable}: the measure that is missing
 * @param thread         the commitments and answers linked to it, earlier and later
 * @param suggestedStatus a status later text suggests (an editor accepts or ignores it); null when none
 * @param tracked        whether it can fall due or go overdue at all: in its latest answer, not withdrawn and not
 *                       rejected (see {@link OverdueRule#isTracked})
 */
public record CommitmentState(
        String eventId,
        Instant occurredAt,
        String commitmentId,
        long version,
        CommitmentSource source,
        Quote quote,
        String action,
        Strength strength,
        double confidence,
        Deadline deadline,
        CommitmentStatus status,
        ReviewState review,
        List<Evidence> evidence,
        String missingMeasure,
        boolean inLatestAnswer,
        boolean withdrawn,
        boolean tracked,
        List<ThreadEntry> thread,
        CommitmentStatus suggestedStatus) implements TrackerEvent {

    @Override
    public String subject() {
        return commitmentId;
    }
}
