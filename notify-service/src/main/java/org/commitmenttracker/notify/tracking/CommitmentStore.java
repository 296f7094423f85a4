package org.commitmenttracker.notify.tracking;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * notify-service's own read model of the commitments, one per commitment id. Every write marks the commitment for an
 * overdue and a due-soon check, so that a new or revised deadline is looked at again.
 */
public interface CommitmentStore {

    /** The stored state of each of these commitments that is stored, by id; with one read. */
    Map<String, TrackedCommitment> findAll(Collection<String> commitmentIds);

    /**
     * Inserts each commitment, or replaces the one with its id if that has a lower version, and marks it for an overdue
     * and a due-soon check (and a withdrawal alert, if withdrawn); a commitment with an equal or higher version stays as
     * it is. One bulk write in all; at most one state per commitment.
     *
     * @return the ids of those written
     */
    Set<String> saveAllIfNewer(List<TrackedCommitment> commitments);

    /** Forgets the commitment (its state was deleted upstream). */
    void delete(String commitmentId);

    /**
     * Commitments marked for an overdue check that may be overdue on {@code today}: tracked, a dated deadline before
     * it and an outstanding status. A pre-filter only; the overdue rule has the last word.
     */
    List<TrackedCommitment> awaitingOverdueCheck(LocalDate today, int limit);

    /** Clears the mark of each, unless a later state has changed it since it was read; with one write in all. */
    void overdueChecked(List<TrackedCommitment> commitments);

    /**
     * Commitments marked for a due-soon check that may be due soon: tracked, outstanding, a dated deadline from
     * {@code today} to {@code lastDay}. A pre-filter only; the rule has the last word.
     */
    List<TrackedCommitment> awaitingDueSoonCheck(LocalDate today, LocalDate lastDay, int limit);

    /** Clears the due-soon mark of each, unless a later state has changed it since it was read; one write in all. */
    void dueSoonChecked(List<TrackedCommitment> commitments);

    /** Withdrawn commitments whose {@code commitment.withdrawn} alert may not be raised yet. */
    List<TrackedCommitment> awaitingWithdrawnAlert(int limit);

    /** Clears the withdrawal mark of each, unless a later state has changed it since it was read; one write in all. */
    void withdrawnAlerted(List<TrackedCommitment> commitments);
}
