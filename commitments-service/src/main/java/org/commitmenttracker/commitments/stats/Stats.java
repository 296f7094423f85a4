package org.commitmenttracker.commitments.stats;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.commitmenttracker.commitments.store.StatsRow;
import org.commitmenttracker.events.CommitmentStatus;
import org.commitmenttracker.events.OverdueRule;

/**
 * The figures staff compare departments by, worked out in one pass over the tracked commitments (those in their
 * latest answer, not withdrawn, not rejected) with the {@link OverdueRule}. Pure.
 */
public final class Stats {

    private final LocalDate today;
    private final ZoneId zone;
    private final List<YearMonth> months;
    private final Map<CommitmentStatus, Long> byStatus = new EnumMap<>(CommitmentStatus.class);
    private final Map<String, Department> departments = new TreeMap<>();
    private final long[] overdueAtMonthEnd;
    private long total;

    /** @param months how many month ends, up to this month's (today, for the current month), to count overdue at */
    public Stats(LocalDate today, ZoneId zone, int months) {
        this.today = today;
        this.zone = zone;
        this.months = new ArrayList<>();
        YearMonth current = YearMonth.from(today);
        for (int i = months - 1; i >= 0; i--) {
            this.months.add(current.minusMonths(i));
        }
        this.overdueAtMonthEnd = new long[months];
    }

    public void add(StatsRow row) {
        total++;
        byStatus.merge(row.status(), 1L, Long::sum);
        Department department = departments.computeIfAbsent(row.department() == null ? "(unknown)" : row.department(),
                name -> new Department());
        department.commitments++;
        if (row.status() == CommitmentStatus.DELIVERED) {
            department.delivered++;
        }
        if (OverdueRule.isOverdue(row.deadline(), row.status(), true, today)) {
            department.overdue++;
            department.daysLate.add(OverdueRule.daysOverdue(row.deadline(), row.status(), true, today));
        }
        for (int i = 0; i < months.size(); i++) {
            if (overdueOn(row, endOf(months.get(i)))) {
                overdueAtMonthEnd[i]++;
            }
        }
    }

    /**
     * Overdue on a past day: answered by then, its deadline passed by then, and not yet closed then (its status
     * then was outstanding: it is so now, or it was closed after that day).
     */
    private boolean overdueOn(StatsRow row, LocalDate day) {
        if (row.dateAnswered() != null && row.dateAnswered().isAfter(day)) {
            return false;
        }
        boolean outstandingThen = row.status().isOutstanding()
                || row.closedAt() != null && LocalDate.ofInstant(row.closedAt(), zone).isAfter(day);
        return OverdueRule.isOverdue(row.deadline(), outstandingThen ? CommitmentStatus.OPEN : row.status(), true, day);
    }

    private LocalDate endOf(YearMonth month) {
        LocalDate end = month.atEndOfMonth();
        return end.isAfter(today) ? today : end;
    }

    public StatsResponse result() {
        List<StatsResponse.StatusCount> statuses = byStatus.entrySet().stream()
                .map(e -> new StatsResponse.StatusCount(e.getKey(), e.getValue())).toList();
        List<StatsResponse.LeagueRow> league = departments.entrySet().stream()
                .map(e -> e.getValue().row(e.getKey()))
                .sorted(Comparator.comparingDouble(StatsResponse.LeagueRow::overdueRate).reversed()
                        .thenComparing(Comparator.comparingLong(StatsResponse.LeagueRow::overdue).reversed())
                        .thenComparing(StatsResponse.LeagueRow::department))
                .toList();
        List<StatsResponse.MonthCount> overTime = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            overTime.add(new StatsResponse.MonthCount(months.get(i).toString(), endOf(months.get(i)), overdueAtMonthEnd[i]));
        }
        return new StatsResponse(today, total, statuses, league, overTime);
    }

    private static final class Department {
        long commitments;
        long delivered;
        long overdue;
        final List<Long> daysLate = new ArrayList<>();

        StatsResponse.LeagueRow row(String name) {
            double rate = commitments == 0 ? 0 : Math.round(1000.0 * overdue / commitments) / 1000.0;
            return new StatsResponse.LeagueRow(name, commitments, delivered, overdue, rate, median(daysLate));
        }

        private static Double median(List<Long> values) {
            if (values.isEmpty()) {
                return null;
            }
            List<Long> sorted = values.stream().sorted().toList();
            int middle = sorted.size() / 2;
            return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
        }
    }
}
