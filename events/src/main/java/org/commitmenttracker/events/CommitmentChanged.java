package org.commitmenttracker.events;

import java.time.Instant;
import java.util.List;

/**
 * What changed in a commitment, and who changed it. Type {@code org.commitmenttracker.commitment.changed.v1} on
 * {@link Topics#COMMITMENTS}, beside {@link CommitmentExtracted} (which stands for {@link ChangeKind#EXTRACTED} and
 * {@link ChangeKind#RE_EXTRACTED}). The state the change led to is the {@link CommitmentState} of the same
 * {@code version}.
 *
 * @param version  the commitment's version after the change
 * @param by       who made it: a staff member's principal from the gateway, or the service for automatic changes
 * @param note     why, in the words of whoever made it; may be null
 * @param fields   what it changed, from what to what
 * @param evidence the evidence links recorded with it (a status change to delivered has at least one)
 */
public record CommitmentChanged(
        String eventId,
        Instant occurredAt,
        String commitmentId,
        long version,
        ChangeKind change,
        String by,
        String note,
        List<FieldChange> fields,
        List<Evidence> evidence) implements TrackerEvent {

    @Override
    public String subject() {
        return commitmentId;
    }
}
