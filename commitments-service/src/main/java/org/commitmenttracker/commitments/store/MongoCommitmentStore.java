package org.commitmenttracker.commitments.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.commitmenttracker.events.ChangeKind;
import org.commitmenttracker.events.CommitmentSource;
import org.commitmenttracker.events.CommitmentStatus;
import org.commitmenttracker.events.Deadline;
import org.commitmenttracker.events.DeadlineKind;
import org.commitmenttracker.events.Evidence;
import org.commitmenttracker.events.Quote;
import org.commitmenttracker.events.ReviewState;
import com.mongodb.bulk.BulkWriteResult;
import org.commitmenttracker.events.Strength;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.AggregationOperation;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Commitments in MongoDB, in the {@code commitments} collection of the service's own database. Single-document atomic
 * writes, conditional on the version: no transactions needed.
 */
@Repository
class MongoCommitmentStore implements CommitmentStore {

    static final String COLLECTION = "commitments";

    /**
     * Documents per cursor batch when streaming: without it the local stand-in sends a whole result in its first
     * batch, and an export of 100,000 would be in memory at once.
     */
    static final int STREAM_BATCH = 500;
    /** Ids asked for in one {@code $in}: a request and a reply of a sensible size. */
    static final int READ_CHUNK = 1_000;

    private final MongoTemplate mongo;
    private final LookupIndexes lookups;

    MongoCommitmentStore(MongoTemplate mongo) {
        this.mongo = mongo;
        this.lookups = new LookupIndexes(mongo);
        // For real MongoDB; the local stand-in serves only equalities on a top-level first key (publishPending, keywords, undated).
        var indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(new Index().on("source.answerId", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("source.dateAnswered", Sort.Direction.DESC).on("_id", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("source.department", Sort.Direction.ASC).on("status", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("deadline.date", Sort.Direction.ASC).on("status", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("publishPending", Sort.Direction.ASC).on("updatedAt", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("keywords", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("undated", Sort.Direction.ASC).on("deadline.date", Sort.Direction.ASC));
        try (Stream<CommitmentDocument> all = mongo.stream(new Query().cursorBatchSize(STREAM_BATCH), CommitmentDocument.class,
                COLLECTION)) {
            lookups.buildIfMissing(all.map(CommitmentDocument::toCommitment)::iterator, mongo.estimatedCount(COLLECTION));
        }
    }

    @Override
    public boolean insert(Commitment commitment) {
        return writeAll(List.of(new Write(null, commitment))).isEmpty();
    }

    @Override
    public Set<String> writeAll(List<Write> writes) {
        if (writes.isEmpty()) {
            return Set.of();
        }
        // new commitments, and those whose terms or department a change moved, under their new keys
        lookups.add(writes.stream().filter(w -> w.current() == null || LookupIndexes.movesKeys(w.current(), w.next()))
                .map(Write::next).toList());
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
        Map<String, String> tokens = new HashMap<>();
        for (Write write : writes) {
            CommitmentDocument doc = CommitmentDocument.of(write.next());
            tokens.put(doc.id(), doc.writeToken());
            if (write.current() == null) {
                bulk.insert(doc);
            } else {
                bulk.replaceOne(Query.query(Criteria.where("_id").is(write.next().id())
                        .and("version").is(write.current().version())), doc);
            }
        }
        BulkWriteResult result;
        try {
            result = bulk.execute();
        } catch (BulkOperationException e) {
            // an insert whose id exists already: another writer was first; the others are written
            result = null;
        }
        int replaces = (int) writes.stream().filter(w -> w.current() != null).count();
        if (result != null && result.getInsertedCount() == writes.size() - replaces && result.getMatchedCount() == replaces) {
            return Set.of();
        }
        // which ones: those whose stored document is not the one this call wrote (each write has a token of its own)
        Map<String, String> stored = new HashMap<>();
        Query written = Query.query(Criteria.where("_id").in(tokens.keySet()));
        written.fields().include("writeToken");
        mongo.find(written, Map.class, COLLECTION).forEach(doc -> stored.put((String) doc.get("_id"),
                (String) doc.get("writeToken")));
        Set<String> refused = new HashSet<>();
        tokens.forEach((id, token) -> {
            if (!token.equals(stored.get(id))) {
                refused.add(id);
            }
        });
        return refused;
    }

    @Override
    public void markAllPublished(List<Commitment> published) {
        if (published.isEmpty()) {
            return;
        }
        // as a rule no later version was written meanwhile: one update each
        BulkOperations unchanged = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
        for (Commitment c : published) {
            unchanged.updateOne(Query.query(Criteria.where("_id").is(c.id()).and("version").is(c.version())),
                    new Update().set("publishedVersion", c.version()).set("publishPending", false));
        }
        if (unchanged.execute().getMatchedCount() == published.size()) {
            return;
        }
        // some were changed (or deleted): those stay pending, with what is published of them recorded
        BulkOperations changed = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
        for (Commitment c : published) {
            changed.updateOne(Query.query(Criteria.where("_id").is(c.id()).and("publishedVersion").lt(c.version())),
                    new Update().set("publishedVersion", c.version()));
        }
        changed.execute();
    }

    @Override
    public List<Commitment> awaitingPublication(int limit) {
        Query pending = Query.query(Criteria.where("publishPending").is(true))
                .with(Sort.by("updatedAt", "_id")).limit(limit);
        return mongo.find(pending, CommitmentDocument.class, COLLECTION).stream().map(CommitmentDocument::toCommitment).toList();
    }

    @Override
    public Optional<Commitment> find(String id) {
        return Optional.ofNullable(mongo.findById(id, CommitmentDocument.class, COLLECTION)).map(CommitmentDocument::toCommitment);
    }

    @Override
    public List<Commitment> findAll(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), CommitmentDocument.class, COLLECTION)
                .stream().map(CommitmentDocument::toCommitment).toList();
    }

    @Override
    public List<Commitment> findByAnswer(String answerId) {
        return findByAnswers(List.of(answerId)).getOrDefault(answerId, List.of());
    }

    @Override
    public Map<String, List<Commitment>> findByAnswers(Collection<String> answerIds) {
        if (answerIds.isEmpty()) {
            return Map.of();
        }
        Map<String, List<String>> ids = lookups.idsByAnswer(answerIds);
        Map<String, List<Commitment>> byAnswer = new HashMap<>();
        for (Commitment c : findAll(ids.values().stream().flatMap(List::stream).toList())) {
            byAnswer.computeIfAbsent(c.source().answerId(), k -> new ArrayList<>()).add(c);
        }
        return byAnswer;
    }

    @Override
    public CommitmentPage search(CommitmentQuery q) {
        Criteria criteria = criteria(q);
        Query query = Query.query(criteria);
        long total = mongo.count(query, COLLECTION);
        query.with(sort(q.order())).skip((long) q.page() * q.size()).limit(q.size());
        List<Commitment> items = mongo.find(query, CommitmentDocument.class, COLLECTION).stream()
                .map(CommitmentDocument::toCommitment).toList();
        return new CommitmentPage(items, total);
    }

    @Override
    public CommitmentFacets facets(CommitmentQuery q) {
        return facets(criteria(q));
    }

    @Override
    public List<List<Commitment>> threadCandidates(List<ThreadSearch> searches) {
        // twice as many as wanted, since some may not be tracked any more
        List<List<String>> ids = lookups.candidates(searches.stream().map(s -> s.anyTerms().isEmpty()
                || s.departments().isEmpty() ? new ThreadSearch(List.of(), List.of(), s.answeredBy(), s.excludeAnswerId(),
                0) : new ThreadSearch(s.departments(), s.anyTerms(), s.answeredBy(), s.excludeAnswerId(), s.limit() * 2))
                .toList());
        Map<String, Commitment> found = new HashMap<>();
        List<String> wanted = ids.stream().flatMap(List::stream).distinct().toList();
        for (int from = 0; from < wanted.size(); from += READ_CHUNK) {
            findAll(wanted.subList(from, Math.min(wanted.size(), from + READ_CHUNK))).forEach(c -> found.put(c.id(), c));
        }
        List<List<Commitment>> candidates = new ArrayList<>();
        for (int i = 0; i < searches.size(); i++) {
            candidates.add(ids.get(i).stream().map(found::get).filter(c -> c != null && c.tracked())
                    .limit(searches.get(i).limit()).toList());
        }
        return candidates;
    }

    @Override
    public void forEach(CommitmentQuery q, Consumer<Commitment> each) {
        Query query = Query.query(criteria(q)).with(sort(q.order())).cursorBatchSize(STREAM_BATCH);
        try (Stream<CommitmentDocument> stream = mongo.stream(query, CommitmentDocument.class, COLLECTION)) {
            stream.map(CommitmentDocument::toCommitment).forEach(each);
        }
    }

    @Override
    public void forEachTracked(Consumer<StatsRow> rows) {
        Query tracked = Query.query(Criteria.where("tracked").is(true));
        tracked.fields().include("source.department", "source.dateAnswered", "status", "deadline", "closedAt");
        tracked.cursorBatchSize(STREAM_BATCH);
        try (Stream<StatsDocument> stream = mongo.stream(tracked, StatsDocument.class, COLLECTION)) {
            stream.forEach(d -> rows.accept(new StatsRow(d.source() == null ? null : d.source().department(), d.status(),
                    d.deadline(), d.source() == null ? null : d.source().dateAnswered(), d.closedAt())));
        }
    }

    /** The fields of a commitment the statistics read. */
    record StatsDocument(CommitmentSource source, CommitmentStatus status, Deadline deadline, Instant closedAt) {
    }

    private static Criteria criteria(CommitmentQuery q) {
        List<Criteria> all = new ArrayList<>();
        List<String> keywords = q.keywords() == null ? List.of() : Keywords.of(q.keywords());
        if (!keywords.isEmpty()) {
            all.add(Criteria.where("keywords").all(keywords));
        }
        if (q.department() != null) {
            all.add(Criteria.where("source.department").is(q.department()));
        }
        if (q.minister() != null) {
            all.add(Criteria.where("source.minister").is(q.minister()));
        }
        if (q.status() != null) {
            all.add(Criteria.where("status").is(q.status().name()));
        }
        if (q.review() != null) {
            all.add(Criteria.where("review").is(q.review().name()));
        }
        if (q.dueAfter() != null) {
            all.add(Criteria.where("deadline.date").gte(q.dueAfter()));
        }
        if (q.dueBefore() != null) {
            all.add(Criteria.where("deadline.date").lte(q.dueBefore()));
        }
        if (q.answeredFrom() != null) {
            all.add(Criteria.where("source.dateAnswered").gte(q.answeredFrom()));
        }
        if (q.answeredTo() != null) {
            all.add(Criteria.where("source.dateAnswered").lte(q.answeredTo()));
        }
        if (Boolean.TRUE.equals(q.overdue())) {
            all.add(overdueOn(q.today()));
        } else if (Boolean.FALSE.equals(q.overdue())) {
            all.add(new Criteria().norOperator(overdueOn(q.today())));
        }
        return all.isEmpty() ? new Criteria() : new Criteria().andOperator(all);
    }

    private static Sort sort(CommitmentQuery.Order order) {
        Sort.Order byId = Sort.Order.asc("_id");
        return switch (order == null ? CommitmentQuery.Order.ANSWERED_NEWEST : order) {
            case ANSWERED_NEWEST -> Sort.by(Sort.Order.desc("source.dateAnswered"), byId);
            case ANSWERED_OLDEST -> Sort.by(Sort.Order.asc("source.dateAnswered"), byId);
            case DEADLINE, DAYS_OVERDUE -> Sort.by(Sort.Order.asc("undated"), Sort.Order.asc("deadline.date"), byId);
            case DEADLINE_LATEST -> Sort.by(Sort.Order.asc("undated"), Sort.Order.desc("deadline.date"), byId);
            case CONFIDENCE -> Sort.by(Sort.Order.desc("confidence"), byId);
            case CONFIDENCE_ASC -> Sort.by(Sort.Order.asc("confidence"), byId);
        };
    }

    /** Counts per facet over everything the criteria match, in one aggregation. */
    private CommitmentFacets facets(Criteria criteria) {
        Aggregation aggregation = Aggregation.newAggregation(Aggregation.match(criteria),
                Aggregation.facet(countBy("status")).as("status")
                        .and(countBy("source.department")).as("department")
                        .and(countBy("source.minister")).as("minister")
                        .and(countBy("deadline.kind")).as("deadlineKind")
                        .and(countBy("review")).as("review")
                        .and(countBy("yearAnswered")).as("year"));
        org.bson.Document result = mongo.aggregate(aggregation, COLLECTION, org.bson.Document.class).getUniqueMappedResult();
        return new CommitmentFacets(counts(result, "status", true), counts(result, "department", false),
                counts(result, "minister", false), counts(result, "deadlineKind", true), counts(result, "review", true),
                counts(result, "year", false));
    }

    private static AggregationOperation[] countBy(String field) {
        return new AggregationOperation[] {Aggregation.group(field).count().as("count"),
                Aggregation.sort(Sort.by(Sort.Order.desc("count"), Sort.Order.asc("_id")))};
    }

    private static List<CommitmentFacets.Count> counts(org.bson.Document result, String facet, boolean enumName) {
        if (result == null) {
            return List.of();
        }
        return result.getList(facet, org.bson.Document.class, List.of()).stream()
                .filter(d -> d.get("_id") != null)
                .map(d -> new CommitmentFacets.Count(enumName ? d.get("_id").toString().toLowerCase(Locale.ROOT)
                        : d.get("_id").toString(), ((Number) d.get("count")).longValue()))
                .toList();
    }

    /**
     * {@link org.commitmenttracker.events.OverdueRule#isOverdue} as a query: tracked, a dated explicit or implied
     * deadline before today, an outstanding status. {@code OverdueQueryIT} holds the two to each other.
     */
    private static Criteria overdueOn(LocalDate today) {
        return Criteria.where("tracked").is(true)
                .and("deadline.date").lt(today)
                .and("deadline.kind").in(DeadlineKind.EXPLICIT.name(), DeadlineKind.IMPLIED.name())
                .and("status").in(CommitmentStatus.OPEN.name(), CommitmentStatus.IN_PROGRESS.name());
    }

    /**
     * The stored form: the commitment, and fields derived from it for queries: the tracked {@code action},
     * {@code strength} and {@code deadline} (staff's where they edited the engine's), {@code tracked},
     * {@code publishPending}, the search {@code keywords}, {@code yearAnswered}, {@code undated} (no deadline date,
     * sorted last) and {@code closedAt} (for overdue counts of past days); and {@code writeToken}, new on every write.
     */
    @Document(COLLECTION)
    record CommitmentDocument(@Id String id, CommitmentSource source, Quote quote, String action, Strength strength,
                              Deadline deadline, Finding found, Finding edited, double confidence,
                              CommitmentStatus status, ReviewState review, List<Evidence> evidence,
                              String missingMeasure, String lastAnswerEventId, boolean inLatestAnswer,
                              boolean withdrawn, boolean tracked, long version, long publishedVersion,
                              boolean publishPending, List<Change> history, List<ThreadLink> thread,
                              Suggestion suggestion, Instant createdAt, Instant updatedAt,
                              List<String> keywords, Integer yearAnswered, boolean undated, Instant closedAt,
                              String writeToken) {

        /** The stored form of {@code c}, with a write token of its own, by which a bulk write tells its writes apart. */
        static CommitmentDocument of(Commitment c) {
            return new CommitmentDocument(c.id(), c.source(), c.quote(), c.action(), c.strength(), c.deadline(),
                    c.found(), c.edited(), c.confidence(), c.status(), c.review(), c.evidence(), c.missingMeasure(),
                    c.lastAnswerEventId(), c.inLatestAnswer(), c.withdrawn(), c.tracked(), c.version(),
                    c.publishedVersion(), c.publishPending(), c.history(), c.thread(), c.suggestion(), c.createdAt(),
                    c.updatedAt(),
                    Keywords.of(c.quote() == null ? null : c.quote().text(), c.action(), c.found().action(),
                            c.source() == null ? null : c.source().heading()),
                    c.source() == null || c.source().dateAnswered() == null ? null : c.source().dateAnswered().getYear(),
                    c.deadline() == null || c.deadline().date() == null, closedAt(c), UUID.randomUUID().toString());
        }

        /** When it left an outstanding status for the one it has now; null while outstanding. */
        private static Instant closedAt(Commitment c) {
            if (c.status().isOutstanding()) {
                return null;
            }
            return c.history().stream().filter(change -> change.kind() == ChangeKind.STATUS_CHANGED)
                    .reduce((first, second) -> second).map(Change::at).orElse(c.createdAt());
        }

        Commitment toCommitment() {
            return new Commitment(id, source, quote, found, edited, confidence, status, review, evidence,
                    missingMeasure, lastAnswerEventId, inLatestAnswer, withdrawn, version, publishedVersion, history,
                    thread, suggestion, createdAt, updatedAt);
        }
    }
}
