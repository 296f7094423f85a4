package org.commitmenttracker.commitments.store;

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

    Optional<Commitment> find(String id);

    CommitmentPage search(CommitmentQuery query);
}
