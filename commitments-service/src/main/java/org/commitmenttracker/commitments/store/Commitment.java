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
 * @param review            {@code unreviewed} (the engine was not sure enough: a person should look), {@code accepted}
 *                          (sure enough to track unreviewed), {@code confirmed} or {@code rejected} (by staff)
 * @param lastAnswerEventId the answer event it was last extracted from
 * @param inLatestAnswer    false once a later version of the answer no longer carries it
 */
public record Commitment(String id, CommitmentSource source, Quote quote, String action, Strength strength,
                         double confidence, Deadline deadline, CommitmentStatus status, String review,
                         String lastAnswerEventId, boolean inLatestAnswer, Instant createdAt, Instant updatedAt) {

    /** The review states, as stored and as the API shows them. */
    public static final java.util.List<String> REVIEW_STATES = java.util.List.of("unreviewed", "accepted", "confirmed", "rejected");
}
