package org.commitmenttracker.events;

import java.time.Instant;

/**
 * A commitment found in an answer (or found again when the answer is re-processed: consumers upsert on
 * {@code commitmentId}). Type {@code org.commitmenttracker.commitment.extracted.v1} on {@link Topics#COMMITMENTS}.
 *
 * @param commitmentId deterministic from the answer id, the commitment's position and its wording
 * @param confidence   0 to 1: how sure the extractor is
 */
public record CommitmentExtracted(
        String eventId,
        Instant occurredAt,
        String commitmentId,
        CommitmentSource source,
        Quote quote,
        String action,
        Strength strength,
        double confidence,
        Deadline deadline,
        CommitmentStatus status) implements TrackerEvent {

    @Override
    public String subject() {
        return commitmentId;
    }
}
