package org.commitmenttracker.commitments.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.commitmenttracker.events.CommitmentSource;
import org.commitmenttracker.events.CommitmentStatus;
import org.commitmenttracker.events.Deadline;
import org.commitmenttracker.events.DeadlineKind;
import org.commitmenttracker.events.Evidence;
import org.commitmenttracker.events.Quote;
import org.commitmenttracker.events.ReviewState;
import org.commitmenttracker.events.Strength;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
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

    private final MongoTemplate mongo;

    MongoCommitmentStore(MongoTemplate mongo) {
        this.mongo = mongo;
        // Secondary indexes for real MongoDB; the local stand-in accepts and ignores them.
        var indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(new Index().on("source.answerId", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("source.dateAnswered", Sort.Direction.DESC).on("_id", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("source.department", Sort.Direction.ASC).on("status", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("deadline.date", Sort.Direction.ASC).on("status", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("publishPending", Sort.Direction.ASC).on("updatedAt", Sort.Direction.ASC));
    }

    @Override
    public boolean insert(Commitment commitment) {
        try {
            mongo.insert(CommitmentDocument.of(commitment), COLLECTION);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public boolean replace(Commitment commitment, long expectedVersion) {
        Query current = Query.query(Criteria.where("_id").is(commitment.id()).and("version").is(expectedVersion));
        return mongo.replace(current, CommitmentDocument.of(commitment), COLLECTION).getMatchedCount() == 1;
    }

    @Override
    public void markPublished(String id, long version) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("publishedVersion").lt(version)),
                new Update().set("publishedVersion", version), COLLECTION);
        // pending no more only if no later version was written meanwhile
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("version").is(version)),
                new Update().set("publishPending", false), COLLECTION);
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
    public List<Commitment> findByAnswer(String answerId) {
        return mongo.find(Query.query(Criteria.where("source.answerId").is(answerId)), CommitmentDocument.class, COLLECTION)
                .stream().map(CommitmentDocument::toCommitment).toList();
    }

    @Override
    public CommitmentPage search(CommitmentQuery q) {
        Criteria criteria = new Criteria();
        if (q.department() != null) {
            criteria.and("source.department").is(q.department());
        }
        if (q.status() != null) {
            criteria.and("status").is(q.status().name());
        }
        if (q.review() != null) {
            criteria.and("review").is(q.review().name());
        }
        if (Boolean.TRUE.equals(q.overdue())) {
            criteria.andOperator(overdueOn(q));
        } else if (Boolean.FALSE.equals(q.overdue())) {
            criteria.norOperator(overdueOn(q));
        }
        Query query = Query.query(criteria);
        long total = mongo.count(query, COLLECTION);
        query.with(Sort.by(Sort.Order.desc("source.dateAnswered"), Sort.Order.asc("_id")))
                .skip((long) q.page() * q.size())
                .limit(q.size());
        return new CommitmentPage(mongo.find(query, CommitmentDocument.class, COLLECTION).stream()
                .map(CommitmentDocument::toCommitment).toList(), total);
    }

    /**
     * {@link org.commitmenttracker.events.OverdueRule#isOverdue} as a query: tracked, a dated explicit or implied
     * deadline before today, an outstanding status. {@code OverdueQueryIT} holds the two to each other.
     */
    private static Criteria overdueOn(CommitmentQuery q) {
        return Criteria.where("tracked").is(true)
                .and("deadline.date").lt(q.today())
                .and("deadline.kind").in(DeadlineKind.EXPLICIT.name(), DeadlineKind.IMPLIED.name())
                .and("status").in(CommitmentStatus.OPEN.name(), CommitmentStatus.IN_PROGRESS.name());
    }

    /**
     * The stored form: the commitment, and fields derived from it for queries: the tracked {@code action},
     * {@code strength} and {@code deadline} (staff's where they edited the engine's), {@code tracked} and
     * {@code publishPending}.
     */
    @Document(COLLECTION)
    record CommitmentDocument(@Id String id, CommitmentSource source, Quote quote, String action, Strength strength,
                              Deadline deadline, Finding found, Finding edited, double confidence,
                              CommitmentStatus status, ReviewState review, List<Evidence> evidence,
                              String missingMeasure, String lastAnswerEventId, boolean inLatestAnswer,
                              boolean withdrawn, boolean tracked, long version, long publishedVersion,
                              boolean publishPending, List<Change> history, Instant createdAt, Instant updatedAt) {

        static CommitmentDocument of(Commitment c) {
            return new CommitmentDocument(c.id(), c.source(), c.quote(), c.action(), c.strength(), c.deadline(),
                    c.found(), c.edited(), c.confidence(), c.status(), c.review(), c.evidence(), c.missingMeasure(),
                    c.lastAnswerEventId(), c.inLatestAnswer(), c.withdrawn(), c.tracked(), c.version(),
                    c.publishedVersion(), c.publishPending(), c.history(), c.createdAt(), c.updatedAt());
        }

        Commitment toCommitment() {
            return new Commitment(id, source, quote, found, edited, confidence, status, review, evidence,
                    missingMeasure, lastAnswerEventId, inLatestAnswer, withdrawn, version, publishedVersion, history,
                    createdAt, updatedAt);
        }
    }
}
