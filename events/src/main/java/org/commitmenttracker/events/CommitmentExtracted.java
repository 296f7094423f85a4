package org.commitmenttracker.events;

import java.time.Instant;

/**
 * A commitment found in an answer (or found again when the answer is re-processed: consumers upsert on
 * {@code commitmentId}). Type {@code org.commitmenttracker.commitment.extracted.v1} on {@link Topics#COMMITMENTS}: the
 * change event of {@link ChangeKind#EXTRACTED} (version 1) and {@link ChangeKind#RE_EXTRACTED}. The fields are what the
 * engine found; the commitment as it stands, with staff's edits, is its {@link CommitmentState} of the same version.
 *
 * @param commitmentId deterministic from the answer id, the commitment's position and its wording
 * @param confidence   0 to 1: how sure the extractor is
 * @param version      the commitment's version after this change (0 in events from before versions existed)
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
        CommitmentStatus status,
        long version) implements TrackerEvent {

    @Override
    public String subject() {
        return commitmentId;
    }
}
