package org.commitmenttracker.commitments.store;

import static org.commitmenttracker.commitments.store.ChangeRefusedException.Reason.CONFLICT;
import static org.commitmenttracker.commitments.store.ChangeRefusedException.Reason.INVALID;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.commitmenttracker.events.CommitmentStatus;
import org.commitmenttracker.events.Evidence;
import org.commitmenttracker.events.ReviewState;

/**
 * The rules of a commitment's status, pure:
 * <ul>
 * <li>a commitment rejected in review has no progress to record;</li>
 * <li>a closed one ({@code delivered}, {@code dropped}, {@code superseded}, {@code not_measurable}) can only be
 * reopened ({@code open} or {@code in_progress}), with a note saying why;</li>
 * <li>{@code delivered} and {@code partly_delivered} need at least one evidence link; {@code not_measurable} names
 * the measure that is missing; {@code dropped} and {@code superseded} need a note.</li>
 * </ul>
 * Overdue is not a status: it is derived, and never set by hand.
 */
public final class Lifecycle {

    /** Statuses that end tracking until a member of staff reopens the commitment. */
    public static final Set<CommitmentStatus> CLOSED = EnumSet.of(CommitmentStatus.DELIVERED, CommitmentStatus.DROPPED,
            CommitmentStatus.SUPERSEDED, CommitmentStatus.NOT_MEASURABLE);

    private Lifecycle() {
    }

    /** @throws ChangeRefusedException naming what is wrong with moving from {@code from} to {@code to} */
    public static void check(CommitmentStatus from, CommitmentStatus to, ReviewState review, String note,
                             List<Evidence> evidence, String missingMeasure) {
        if (to == null) {
            throw new ChangeRefusedException(INVALID, "status", "is required");
        }
        if (review == ReviewState.REJECTED) {
            throw new ChangeRefusedException(CONFLICT, "status",
                    "the commitment was rejected in review: confirm it before recording its progress");
        }
        if (from == to) {
            throw new ChangeRefusedException(CONFLICT, "status", "is " + name(to) + " already");
        }
        if (CLOSED.contains(from)) {
            if (!to.isOutstanding()) {
                throw new ChangeRefusedException(CONFLICT, "status", "a " + name(from)
                        + " commitment can only be reopened, to open or in_progress, not moved to " + name(to));
            }
            if (blank(note)) {
                throw new ChangeRefusedException(INVALID, "note", "must say why a " + name(from) + " commitment is reopened");
            }
        }
        if ((to == CommitmentStatus.DELIVERED || to == CommitmentStatus.PARTLY_DELIVERED) && evidence.isEmpty()) {
            throw new ChangeRefusedException(INVALID, "evidence", "needs at least one link showing it " + name(to));
        }
        if (to == CommitmentStatus.NOT_MEASURABLE && blank(missingMeasure)) {
            throw new ChangeRefusedException(INVALID, "missingMeasure", "must name the measure that is missing");
        }
        if ((to == CommitmentStatus.DROPPED || to == CommitmentStatus.SUPERSEDED) && blank(note)) {
            throw new ChangeRefusedException(INVALID, "note", "must say why it is " + name(to));
        }
    }

    static String name(CommitmentStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
