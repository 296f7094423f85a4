package org.commitmenttracker.commitments.store;

import java.time.Instant;
import java.time.LocalDate;

import org.commitmenttracker.events.CommitmentStatus;
import org.commitmenttracker.events.Deadline;

/**
 * What the statistics need of a tracked commitment.
 *
 * @param closedAt when it last left an outstanding status for the one it has now; null while it is outstanding
 */
public record StatsRow(String department, CommitmentStatus status, Deadline deadline, LocalDate dateAnswered,
                       Instant closedAt) {
}
