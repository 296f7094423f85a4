package org.commitmenttracker.notify.tracking;

import java.util.Optional;

/**
 * A newer state of a commitment was written to the read model: announced in the listener's thread, before the
 * record's offset is committed, so that what a listener of this does is redone if the service dies first.
 *
 * @param previous the state it replaced; empty when the commitment is new to this service
 */
public record CommitmentStateApplied(Optional<TrackedCommitment> previous, TrackedCommitment current) {
}
