package org.commitmenttracker.notify.tracking;

import java.util.List;
import java.util.Optional;

/**
 * Newer states of commitments, read from the state topic, each with the state it replaces. Announced in the listener's
 * thread before the states are written to the read model and before the records' offsets are committed: what a
 * listener of this stores (by ids of its own, so that doing it twice does it once) is stored before the states, and is
 * done again if the service dies before it has written them.
 *
 * @param changes in the order read; a commitment read in several versions comes once for each, after the one before
 */
public record CommitmentStateChanges(List<Change> changes) {

    public CommitmentStateChanges {
        changes = List.copyOf(changes);
    }

    /**
     * @param previous the state replaced; empty when the commitment is new to this service
     */
    public record Change(Optional<TrackedCommitment> previous, TrackedCommitment current) {
    }
}
