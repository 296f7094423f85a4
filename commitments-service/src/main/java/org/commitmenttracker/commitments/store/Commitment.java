package org.commitmenttracker.commitments.store;

import java.time.Instant;

import org.commitmenttracker.events.CommitmentSource;
import org.commitmenttracker.events.CommitmentStatus;
import org.commitmenttracker.events.Deadline;
import org.commitmenttracker.events.Quote;
import org.commitmenttracker.events.Strength;

/**
 * A tracked commitment as stored.
 *
 * @param review          {@code unreviewed}, {@code confirmed} or {@code rejected}
 * @param lastAnswerEventId the answer event it was last extracted from
 */
public record Commitment(String id, CommitmentSource source, Quote quote, String action, Strength strength,
                         double confidence, Deadline deadline, CommitmentStatus status, String review,
                         String lastAnswerEventId, Instant createdAt, Instant updatedAt) {
}
