package org.commitmenttracker.commitments.store;

import java.time.LocalDate;

import org.commitmenttracker.events.CommitmentStatus;
import org.commitmenttracker.events.ReviewState;

/**
 * A search for commitments; a null filter means "any".
 *
 * @param keywords     every one of these words (or their stems) in the quote, the action or the heading
 * @param overdue      true: overdue on {@code today} by {@link org.commitmenttracker.events.OverdueRule}; false: not
 * @param dueBefore    a deadline on or before this day
 * @param dueAfter     a deadline on or after this day
 * @param answeredFrom answered on or after this day
 * @param answeredTo   answered on or before this day
 * @param today        the date overdue is judged on
 */
public record CommitmentQuery(String keywords, String department, String minister, CommitmentStatus status,
                              ReviewState review, Boolean overdue, LocalDate dueBefore, LocalDate dueAfter,
                              LocalDate answeredFrom, LocalDate answeredTo, Order order, LocalDate today, int page,
                              int size) {

    /** How results are ordered; ties by id, so that pages never overlap. */
    public enum Order {
        /** Newest answers first (the default). */
        ANSWERED_NEWEST,
        ANSWERED_OLDEST,
        /** Earliest deadline first; no deadline last. */
        DEADLINE,
        DEADLINE_LATEST,
        /** Longest overdue first: the earliest deadline, among those overdue. */
        DAYS_OVERDUE,
        /** The engine's most confident first. */
        CONFIDENCE,
        /** The engine's least confident first. */
        CONFIDENCE_ASC
    }

    /** Only the filters, for callers that list everything. */
    public static CommitmentQuery all(LocalDate today, int page, int size) {
        return new CommitmentQuery(null, null, null, null, null, null, null, null, null, null, Order.ANSWERED_NEWEST, today,
                page, size);
    }
}
