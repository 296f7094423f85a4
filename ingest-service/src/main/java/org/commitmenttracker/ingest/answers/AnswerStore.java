package org.commitmenttracker.ingest.answers;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** The answers ingest-service has seen, one per answer id. */
interface AnswerStore {

    Optional<SeenAnswer> find(String id);

    /** Inserts or replaces the answer with this id. */
    void save(SeenAnswer answer);

    /** The answers with those ids that have been seen, by id. */
    Map<String, SeenAnswer> findAll(Collection<String> ids);

    /** {@link #save} for each, at once. */
    void saveAll(Collection<SeenAnswer> answers);
}
