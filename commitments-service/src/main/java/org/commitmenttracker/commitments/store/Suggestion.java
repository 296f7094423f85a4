package org.commitmenttracker.commitments.store;

import java.time.Instant;

import org.commitmenttracker.events.CommitmentStatus;
import org.commitmenttracker.events.Evidence;

/**
 * A status the service suggests from later text ("the strategy was published on 5 May"), for an editor to accept by
 * changing the status with this evidence, or to ignore.
 *
 * @param text the sentence that reports it, verbatim
 */
public record Suggestion(CommitmentStatus status, String text, Evidence evidence, String fromCommitmentId,
                         String fromAnswerId, Instant at) {
}
