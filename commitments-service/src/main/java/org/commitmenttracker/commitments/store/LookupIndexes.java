package org.commitmenttracker.commitments.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Two lookups kept beside the commitments, each a document per key found by its {@code _id}, so that they cost the
 * same on real MongoDB and on the local stand-in, which has no secondary indexes and would scan every commitment for
 * each answer otherwise:
 * <ul>
 *   <li>{@code answer_commitments}: an answer's id to the ids of every commitment ever extracted from it;</li>
 *   <li>{@code thread_terms}: a department and a search term to the newest {@link #POSTINGS} commitments of that
 *       department with the term, each as {@code <date answered>|<answer id>|<commitment id>}, newest first: the
 *       candidates for a thread.</li>
 * </ul>
 * Both are written before the commitment itself (when it is inserted, and again when a change gives it terms or a
 * department it was not under), so a failure in between leaves an entry without its commitment, which readers skip,
 * and never a commitment without its entry. Entries are only added: a commitment stays a candidate under its old
 * terms too (a candidate is checked against what it says now). Only the newest {@link #POSTINGS} of a department and
 * term are kept, so an answer older than those (a backfill after years of polling, say) may find fewer candidates
 * than there are.
 */
final class LookupIndexes {

    private static final Logger log = LoggerFactory.getLogger(LookupIndexes.class);

    static final String ANSWERS = "answer_commitments";
    static final String TERMS = "thread_terms";
    static final String MARKERS = "lookup_markers";
    private static final String BUILT = "built";
    /** Entries kept per department and term: the candidates are the newest ones anyway. */
    static final int POSTINGS = 200;

    private final MongoTemplate mongo;

    LookupIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Records new commitments under their answers and, for those of a department, under their terms. */
    void add(Collection<Commitment> added) {
        if (added.isEmpty()) {
            return;
        }
        Map<String, Set<String>> byAnswer = new LinkedHashMap<>();
        Map<String, Set<String>> byTerm = new LinkedHashMap<>();
        for (Commitment c : added) {
            byAnswer.computeIfAbsent(c.source().answerId(), k -> new LinkedHashSet<>()).add(c.id());
            if (c.source().department() != null && c.source().dateAnswered() != null) {
                String entry = c.source().dateAnswered() + "|" + c.source().answerId() + "|" + c.id();
                for (String term : terms(c)) {
                    byTerm.computeIfAbsent(key(c.source().department(), term), k -> new LinkedHashSet<>()).add(entry);
                }
            }
        }
        BulkOperations answers = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, ANSWERS);
        byAnswer.forEach((answerId, ids) -> answers.upsert(Query.query(Criteria.where("_id").is(answerId)),
                new Update().addToSet("ids").each(ids.toArray())));
        answers.execute();
        if (!byTerm.isEmpty()) {
            BulkOperations terms = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, TERMS);
            byTerm.forEach((key, entries) -> terms.upsert(Query.query(Criteria.where("_id").is(key)),
                    new Update().push("entries").sort(Sort.Direction.DESC).slice(POSTINGS).each(entries.toArray())));
            terms.execute();
        }
    }

    /** The ids of the commitments ever extracted from each answer. */
    Map<String, List<String>> idsByAnswer(Collection<String> answerIds) {
        Map<String, List<String>> ids = new LinkedHashMap<>();
        for (Map<?, ?> doc : mongo.find(Query.query(Criteria.where("_id").in(answerIds)), Map.class, ANSWERS)) {
            ids.put((String) doc.get("_id"), strings(doc.get("ids")));
        }
        return ids;
    }

    /**
     * For each search, the ids of the newest commitments of its departments that have one of its terms, answered on
     * or before its day and not from the answer it excludes, newest first (then by id), at most its limit; every
     * search's department and term read at once.
     */
    List<List<String>> candidates(List<CommitmentStore.ThreadSearch> searches) {
        Set<String> keys = new LinkedHashSet<>();
        for (CommitmentStore.ThreadSearch search : searches) {
            search.departments().forEach(department -> search.anyTerms().forEach(term -> keys.add(key(department, term))));
        }
        Map<String, List<String>> entriesByKey = new HashMap<>();
        List<String> wanted = new ArrayList<>(keys);
        for (int from = 0; from < wanted.size(); from += MongoCommitmentStore.READ_CHUNK) {
            List<String> chunk = wanted.subList(from, Math.min(wanted.size(), from + MongoCommitmentStore.READ_CHUNK));
            for (Map<?, ?> doc : mongo.find(Query.query(Criteria.where("_id").in(chunk)), Map.class, TERMS)) {
                entriesByKey.put((String) doc.get("_id"), strings(doc.get("entries")));
            }
        }
        List<List<String>> candidates = new ArrayList<>();
        for (CommitmentStore.ThreadSearch search : searches) {
            Set<String> entries = new LinkedHashSet<>();
            search.departments().forEach(department -> search.anyTerms().forEach(term ->
                    entries.addAll(entriesByKey.getOrDefault(key(department, term), List.of()))));
            String latest = search.answeredBy().toString();
            candidates.add(entries.stream()
                    .map(entry -> entry.split("\\|", 3))
                    .filter(parts -> parts.length == 3 && parts[0].compareTo(latest) <= 0
                            && !parts[1].equals(search.excludeAnswerId()))
                    .sorted(Comparator.<String[], String>comparing(parts -> parts[0]).reversed()
                            .thenComparing(parts -> parts[2]))
                    .map(parts -> parts[2]).distinct().limit(search.limit()).toList());
        }
        return candidates;
    }

    /**
     * Builds both lookups from the commitments, unless they were built before (a marker says so once a build has
     * finished): a store from before them, or a build a stop cut short, is built (again) whole. Entries are sets, so
     * building twice adds nothing.
     */
    void buildIfMissing(Iterable<Commitment> all, long commitments) {
        if (mongo.exists(Query.query(Criteria.where("_id").is(BUILT)), MARKERS)) {
            return;
        }
        if (commitments > 0) {
            log.info("Building the answer and thread-term lookups for {} stored commitments", commitments);
            List<Commitment> batch = new ArrayList<>();
            for (Commitment c : all) {
                batch.add(c);
                if (batch.size() == 500) {
                    add(batch);
                    batch.clear();
                }
            }
            add(batch);
        }
        mongo.upsert(Query.query(Criteria.where("_id").is(BUILT)), new Update().set("builtAt", new Date()), MARKERS);
    }

    /** Whether the change from {@code current} to {@code next} gives it terms or a department it was not under. */
    static boolean movesKeys(Commitment current, Commitment next) {
        if (!Objects.equals(current.source().department(), next.source().department())
                || !Objects.equals(current.source().dateAnswered(), next.source().dateAnswered())) {
            return true;
        }
        // most changes (a link, a review, a status) leave every text the terms come from as it was
        boolean sameTexts = Objects.equals(current.quote(), next.quote()) && Objects.equals(current.action(), next.action())
                && Objects.equals(current.found().action(), next.found().action())
                && Objects.equals(current.source().heading(), next.source().heading());
        return !sameTexts && !terms(current).containsAll(terms(next));
    }

    /** The terms a commitment is found by: those of its quote, its actions and its heading, as the search has them. */
    static List<String> terms(Commitment c) {
        return Keywords.of(c.quote() == null ? null : c.quote().text(), c.action(), c.found().action(),
                c.source().heading());
    }

    private static String key(String department, String term) {
        return department + "|" + term;
    }

    private static List<String> strings(Object value) {
        List<String> strings = new ArrayList<>();
        if (value instanceof Collection<?> values) {
            values.forEach(v -> strings.add(String.valueOf(v)));
        }
        return strings;
    }
}
