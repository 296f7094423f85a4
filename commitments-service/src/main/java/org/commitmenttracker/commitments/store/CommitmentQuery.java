package org.commitmenttracker.commitments.store;

import java.time.LocalDate;

import org.commitmenttracker.events.CommitmentStatus;
import org.commitmenttracker.events.ReviewState;

/**
 * Filters for listing commitments; null means "any".
 *
 * @param overdue true: overdue on {@code today} by {@link org.commitmenttracker.events.OverdueRule}; false: not
 * @param today   the date overdue is judged on
 */
public record CommitmentQuery(String department, CommitmentStatus status, Boolean overdue, ReviewState review,
                              LocalDate today, int page, int size) {
}
