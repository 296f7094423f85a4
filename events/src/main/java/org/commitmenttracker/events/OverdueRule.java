package org.commitmenttracker.events;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The one rule of when a commitment is overdue (and when it is due soon), used by every service that says so. Overdue: it is tracked (in its
 * latest answer, not withdrawn, not rejected in review), its deadline has a date (explicit or implied; no deadline
 * never is), that date is before today in the configured zone ({@code Europe/London} by default), and its status is
 * open or in progress. Overdue from the day after the deadline. Pure: the JDK and the event records only; database
 * queries may pre-filter by it but this has the last word.
 */
public final class OverdueRule {

    /** The default zone whose calendar decides when a deadline has passed. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/London");

    private OverdueRule() {
    }

    /** Today's date in {@code zone} by {@code clock}. */
    public static LocalDate today(Clock clock, ZoneId zone) {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** Whether a commitment can fall due or go overdue at all. */
    public static boolean isTracked(boolean inLatestAnswer, boolean withdrawn, ReviewState review) {
        return inLatestAnswer && !withdrawn && review != ReviewState.REJECTED;
    }

    public static boolean isOverdue(Deadline deadline, CommitmentStatus status, boolean tracked, LocalDate today) {
        return tracked
                && hasDate(deadline)
                && status != null && status.isOutstanding()
                && deadline.date().isBefore(today);
    }

    /**
     * Due soon: tracked, outstanding, and its dated deadline (explicit or implied) is today or within {@code lead} of
     * it; never once it is overdue.
     */
    public static boolean isDueSoon(Deadline deadline, CommitmentStatus status, boolean tracked, LocalDate today,
                                    Period lead) {
        return tracked
                && hasDate(deadline)
                && status != null && status.isOutstanding()
                && !deadline.date().isBefore(today)
                && !deadline.date().isAfter(today.plus(lead));
    }

    /** How many days late on {@code today}: 1 on the day after the deadline; 0 if not overdue. */
    public static long daysOverdue(Deadline deadline, CommitmentStatus status, boolean tracked, LocalDate today) {
        return isOverdue(deadline, status, tracked, today) ? ChronoUnit.DAYS.between(deadline.date(), today) : 0;
    }

    /** The first day a commitment with this deadline date is overdue. */
    public static LocalDate overdueSince(LocalDate deadline) {
        return deadline.plusDays(1);
    }

    private static boolean hasDate(Deadline deadline) {
        return deadline != null && deadline.date() != null
                && (deadline.kind() == DeadlineKind.EXPLICIT || deadline.kind() == DeadlineKind.IMPLIED);
    }
}
