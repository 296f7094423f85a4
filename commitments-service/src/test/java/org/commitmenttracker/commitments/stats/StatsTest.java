package org.commitmenttracker.commitments.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.commitmenttracker.commitments.store.StatsRow;
import org.commitmenttracker.events.CommitmentStatus;
import org.commitmenttracker.events.Deadline;
import org.commitmenttracker.events.DeadlineKind;
import org.junit.jupiter.api.Test;

class StatsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Test
    void theLeagueTableRanksDepartmentsByOverdueRateWithTheirMedianDaysLate() {
        Stats stats = new Stats(TODAY, UK, 3);
        stats.add(row("Transport", CommitmentStatus.OPEN, "2026-03-09", "2025-01-01", null));      // 1 day late
        stats.add(row("Transport", CommitmentStatus.IN_PROGRESS, "2026-03-01", "2025-01-01", null)); // 9 days late
        stats.add(row("Transport", CommitmentStatus.OPEN, "2026-03-07", "2025-01-01", null));      // 3 days late
        stats.add(row("Transport", CommitmentStatus.DELIVERED, "2026-01-31", "2025-01-01", "2026-02-10T12:00:00Z"));
        stats.add(row("Health", CommitmentStatus.OPEN, "2027-01-01", "2025-01-01", null));
        stats.add(row("Health", CommitmentStatus.DELIVERED, null, "2025-01-01", "2025-06-01T12:00:00Z"));

        StatsResponse result = stats.result();

        assertThat(result.commitments()).isEqualTo(6);
        assertThat(result.byStatus()).containsExactly(new StatsResponse.StatusCount(CommitmentStatus.OPEN, 3),
                new StatsResponse.StatusCount(CommitmentStatus.IN_PROGRESS, 1),
                new StatsResponse.StatusCount(CommitmentStatus.DELIVERED, 2));
        assertThat(result.departments()).containsExactly(
                new StatsResponse.LeagueRow("Transport", 4, 1, 3, 0.75, 3.0),
                new StatsResponse.LeagueRow("Health", 2, 1, 0, 0.0, null));
    }

    @Test
    void overdueOverTimeCountsWhatWasOverdueAtEachMonthEndIncludingWhatWasDeliveredLater() {
        Stats stats = new Stats(TODAY, UK, 3);
        // due on 30 January, delivered on 10 February: overdue at the end of January, not at the end of February
        stats.add(row("Transport", CommitmentStatus.DELIVERED, "2026-01-30", "2025-01-01", "2026-02-10T12:00:00Z"));
        // due in mid-February, still open: overdue at the end of February and today
        stats.add(row("Transport", CommitmentStatus.OPEN, "2026-02-14", "2025-01-01", null));
        // answered in March about a past deadline: overdue only from the day it was answered
        stats.add(row("Health", CommitmentStatus.OPEN, "2025-12-31", "2026-03-02", null));

        assertThat(stats.result().overdueOverTime()).containsExactly(
                new StatsResponse.MonthCount("2026-01", LocalDate.of(2026, 1, 31), 1),
                new StatsResponse.MonthCount("2026-02", LocalDate.of(2026, 2, 28), 1),
                new StatsResponse.MonthCount("2026-03", TODAY, 2));
    }

    private static StatsRow row(String department, CommitmentStatus status, String deadline, String answered,
                                String closedAt) {
        return new StatsRow(department, status,
                deadline == null ? Deadline.none() : new Deadline("by then", LocalDate.parse(deadline), DeadlineKind.EXPLICIT),
                LocalDate.parse(answered), closedAt == null ? null : Instant.parse(closedAt));
    }
}
