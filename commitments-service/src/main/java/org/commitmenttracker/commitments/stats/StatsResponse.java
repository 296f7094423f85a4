package org.commitmenttracker.commitments.stats;

import java.time.LocalDate;
import java.util.List;

import org.commitmenttracker.events.CommitmentStatus;

/**
 * The tracker's figures on {@code today}, over the tracked commitments.
 *
 * @param departments the league table, the highest overdue rate first
 * @param overdueOverTime how many were overdue at the end of each month (today, for this month), oldest first
 */
public record StatsResponse(LocalDate today, long commitments, List<StatusCount> byStatus, List<LeagueRow> departments,
                            List<MonthCount> overdueOverTime) {

    public record StatusCount(CommitmentStatus status, long count) {
    }

    /**
     * @param overdueRate    overdue / commitments, to three places
     * @param medianDaysLate the median days overdue of those overdue now; null when none is
     */
    public record LeagueRow(String department, long commitments, long delivered, long overdue, double overdueRate,
                            Double medianDaysLate) {
    }

    /** @param month {@code 2024-03}; {@code asOf} the day counted (the month's last, or today) */
    public record MonthCount(String month, LocalDate asOf, long overdue) {
    }
}
