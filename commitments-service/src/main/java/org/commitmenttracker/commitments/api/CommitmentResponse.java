package org.commitmenttracker.commitments.api;

import java.time.Instant;
import java.time.LocalDate;

import org.commitmenttracker.commitments.store.Commitment;
import org.commitmenttracker.events.CommitmentSource;
import org.commitmenttracker.events.CommitmentStatus;
import org.commitmenttracker.events.Deadline;
import org.commitmenttracker.events.Quote;
import org.commitmenttracker.events.Strength;

/** A commitment as the API shows it; {@code overdue} is derived on the day of the request. */
record CommitmentResponse(String id, CommitmentSource source, Quote quote, String action, Strength strength,
                          double confidence, Deadline deadline, CommitmentStatus status, boolean overdue,
                          String review, boolean inLatestAnswer, Instant createdAt, Instant updatedAt) {

    static CommitmentResponse of(Commitment c, LocalDate today) {
        boolean overdue = c.deadline() != null && c.deadline().date() != null && c.deadline().date().isBefore(today)
                && c.status().isOutstanding();
        return new CommitmentResponse(c.id(), c.source(), c.quote(), c.action(), c.strength(), c.confidence(),
                c.deadline(), c.status(), overdue, c.review(), c.inLatestAnswer(), c.createdAt(), c.updatedAt());
    }
}
