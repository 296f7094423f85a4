package org.commitmenttracker.ingest.answers;

import java.util.Optional;

/** The answers ingest-service has seen, one per answer id. */
interface AnswerStore {

    Optional<SeenAnswer> find(String id);

    /** Inserts or replaces the answer with this id. */
    void save(SeenAnswer answer);
}
