package org.commitmenttracker.commitments.store;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Where commitments live, one per commitment id. Writes are single-document and conditional on the version read, so
 * that two writers never overwrite each other unseen.
 */
public interface CommitmentStore {

    /** Stores a new commitment; false if one with its id exists already. */
    boolean insert(Commitment commitment);

    /**
     * One write of {@link #writeAll}: {@code next} inserted if {@code current} is null, else in place of it if the
     * stored version is still {@code current}'s.
     */
    record Write(Commitment current, Commitment next) {
    }

    /**
     * Writes many at once (one round trip), each conditional as {@link Write} says.
     *
     * @return the ids of the writes refused, because another writer was first
     */
    Set<String> writeAll(List<Write> writes);

    /**
     * Records that the events of every version of each of them, up to the one it has, are on Kafka (and that it is
     * pending no more, unless a later version was written meanwhile).
     */
    void markAllPublished(List<Commitment> published);

    /** The commitments with those ids (those that exist), in no particular order. */
    List<Commitment> findAll(Collection<String> ids);

    /** {@link #findByAnswer} for several answers at once; an answer without commitments is not in the map. */
    Map<String, List<Commitment>> findByAnswers(Collection<String> answerIds);

    /** Commitments some of whose versions' events may not be on Kafka yet, oldest change first. */
    List<Commitment> awaitingPublication(int limit);

    Optional<Commitment> find(String id);

    /** The commitments extracted from an answer, in any of its versions. */
    List<Commitment> findByAnswer(String answerId);

    CommitmentPage search(CommitmentQuery query);

    /** How many of everything the query matches have each value, per facet (one aggregation; page and order ignored). */
    CommitmentFacets facets(CommitmentQuery query);

    /**
     * A search for the candidates of a thread: tracked commitments of other answers than {@code excludeAnswerId},
     * answered on or before {@code answeredBy}, by one of the departments, with at least one of the search terms; the
     * newest answers' first, at most {@code limit}.
     */
    record ThreadSearch(List<String> departments, List<String> anyTerms, LocalDate answeredBy, String excludeAnswerId,
                        int limit) {
    }

    /** The candidates each search finds, in the searches' order: all searches at once, with a few reads in all. */
    List<List<Commitment>> threadCandidates(List<ThreadSearch> searches);

    /**
     * Hands every commitment the query matches to {@code each}, in the query's order, streamed from the database
     * (never all in memory at once); the query's page and size are ignored.
     */
    void forEach(CommitmentQuery query, Consumer<Commitment> each);

    /** Hands every tracked commitment's statistics row to {@code rows}, streamed, never all in memory at once. */
    void forEachTracked(Consumer<StatsRow> rows);
}
