package org.commitmenttracker.notify.tracking;

import java.time.LocalDate;
import java.util.List;

/**
 * notify-service's own read model of the commitments, one per commitment id. Every write marks the commitment for an
 * overdue check, so that a new or revised deadline is looked at again.
 */
public interface CommitmentStore {

    /** Inserts or replaces the commitment with this id and marks it for an overdue check. */
    void save(TrackedCommitment commitment);

    /**
     * Commitments marked for an overdue check that may be overdue on {@code today}: a dated deadline before it and an
     * outstanding status. A pre-filter only; the overdue rule has the last word.
     */
    List<TrackedCommitment> awaitingOverdueCheck(LocalDate today, int limit);

    /** Clears the mark, unless a later event has changed the commitment since it was read. */
    void overdueChecked(TrackedCommitment commitment);
}
