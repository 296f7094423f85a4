package org.commitmenttracker.commitments.store;

import java.util.Collection;
import java.util.Optional;

/** Where commitments live, one per commitment id. */
public interface CommitmentStore {

    /**
     * Inserts the commitment, or updates what extraction found (source, quote, action, strength, confidence,
     * deadline) while keeping what staff recorded (status, review) and when it was first stored. Atomic per
     * commitment; the same call twice leaves the same state.
     *
     * @return the commitment as stored after the update
     */
    Commitment upsertExtracted(Commitment extracted);

    /**
     * Marks the commitments of an answer that its latest version no longer carries ({@code inLatestAnswer} false),
     * keeping them and whatever staff recorded on them.
     */
    void markAbsentFromLatestAnswer(String answerId, Collection<String> presentIds);

    Optional<Commitment> find(String id);

    CommitmentPage search(CommitmentQuery query);
}
