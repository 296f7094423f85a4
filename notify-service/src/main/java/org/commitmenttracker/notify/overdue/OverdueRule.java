package org.commitmenttracker.notify.overdue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.commitmenttracker.events.CommitmentStatus;
import org.commitmenttracker.events.Deadline;
import org.commitmenttracker.events.DeadlineKind;

/**
 * When a commitment is overdue: its deadline has a date (explicit or implied; a commitment without a deadline never
 * is), that date is before today in the UK, and its status is still open or in progress. Overdue from the day after
 * the deadline. Pure: the JDK and the event records only.
 */
final class OverdueRule {

    /** Deadlines are UK calendar days. */
    static final ZoneId UK = ZoneId.of("Europe/London");

    private OverdueRule() {
    }

    /** Today's date in the UK by {@code clock}. */
    static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), UK);
    }

    static boolean isOverdue(Deadline deadline, CommitmentStatus status, LocalDate today) {
        return deadline != null
                && deadline.date() != null
                && (deadline.kind() == DeadlineKind.EXPLICIT || deadline.kind() == DeadlineKind.IMPLIED)
                && status != null && status.isOutstanding()
                && deadline.date().isBefore(today);
    }

    /** The first day a commitment with this deadline is overdue. */
    static LocalDate overdueSince(LocalDate deadline) {
        return deadline.plusDays(1);
    }

    /** The alert's id: one alert per commitment and deadline, so a revised deadline can raise another. */
    static String alertId(String commitmentId, LocalDate deadline) {
        return commitmentId + ":" + deadline;
    }

    /** The alert event's id, the same every time it is computed, so that a repeat is recognisable downstream. */
    static String alertEventId(String commitmentId, LocalDate deadline) {
        return UUID.nameUUIDFromBytes((commitmentId + "|" + deadline).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
