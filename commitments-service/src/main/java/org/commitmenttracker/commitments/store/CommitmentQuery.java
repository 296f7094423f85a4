package org.commitmenttracker.commitments.store;

import java.time.LocalDate;

import org.commitmenttracker.events.CommitmentStatus;

/**
 * Filters for listing commitments; null means "any".
 *
 * @param overdue true: deadline before {@code today} and status open or in progress; false: anything else
 * @param today   the date overdue is judged on
 */
public record CommitmentQuery(String department, CommitmentStatus status, Boolean overdue, String review,
                              LocalDate today, int page, int size) {
}
