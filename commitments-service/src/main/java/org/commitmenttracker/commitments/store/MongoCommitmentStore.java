package org.commitmenttracker.commitments.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.commitmenttracker.events.CommitmentStatus;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Commitments in MongoDB, in the {@code commitments} collection of the service's own database. Single-document atomic
 * upserts on deterministic ids: no transactions needed.
 */
@Repository
class MongoCommitmentStore implements CommitmentStore {

    static final String COLLECTION = "commitments";
    private static final List<String> OUTSTANDING = List.of(CommitmentStatus.OPEN.name(), CommitmentStatus.IN_PROGRESS.name());

    private final MongoTemplate mongo;

    MongoCommitmentStore(MongoTemplate mongo) {
        this.mongo = mongo;
        // Secondary indexes for real MongoDB; the local stand-in accepts and ignores them.
        var indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(new Index().on("source.answerId", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("source.dateAnswered", Sort.Direction.DESC).on("_id", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("source.department", Sort.Direction.ASC).on("status", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("deadline.date", Sort.Direction.ASC).on("status", Sort.Direction.ASC));
    }

    @Override
    public Commitment upsertExtracted(Commitment c) {
        Update update = new Update()
                .set("source", c.source())
                .set("quote", c.quote())
                .set("action", c.action())
                .set("strength", c.strength())
                .set("confidence", c.confidence())
                .set("deadline", c.deadline())
                .set("lastAnswerEventId", c.lastAnswerEventId())
                .set("inLatestAnswer", true)
                .set("updatedAt", c.updatedAt())
                .setOnInsert("status", c.status())
                .setOnInsert("review", c.review())
                .setOnInsert("createdAt", c.createdAt());
        return mongo.findAndModify(Query.query(Criteria.where("_id").is(c.id())), update,
                FindAndModifyOptions.options().upsert(true).returnNew(true), Commitment.class, COLLECTION);
    }

    @Override
    public void markAbsentFromLatestAnswer(String answerId, Collection<String> presentIds) {
        mongo.updateMulti(Query.query(Criteria.where("source.answerId").is(answerId).and("_id").nin(presentIds)),
                new Update().set("inLatestAnswer", false), COLLECTION);
    }

    @Override
    public Optional<Commitment> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Commitment.class, COLLECTION));
    }

    @Override
    public CommitmentPage search(CommitmentQuery q) {
        Criteria criteria = new Criteria();
        if (q.department() != null) {
            criteria.and("source.department").is(q.department());
        }
        if (Boolean.TRUE.equals(q.overdue())) {
            criteria.and("deadline.date").lt(q.today()).and("status").in(statuses(q));
        } else if (q.status() != null) {
            criteria.and("status").is(q.status().name());
        }
        if (q.review() != null) {
            criteria.and("review").is(q.review());
        }
        if (Boolean.FALSE.equals(q.overdue())) {
            criteria.orOperator(Criteria.where("deadline.date").is(null), Criteria.where("deadline.date").gte(q.today()),
                    Criteria.where("status").nin(OUTSTANDING));
        }
        Query query = Query.query(criteria);
        long total = mongo.count(query, COLLECTION);
        query.with(Sort.by(Sort.Order.desc("source.dateAnswered"), Sort.Order.asc("_id")))
                .skip((long) q.page() * q.size())
                .limit(q.size());
        return new CommitmentPage(mongo.find(query, Commitment.class, COLLECTION), total);
    }

    /** Overdue needs an outstanding status; a status filter can only narrow that. */
    private static List<String> statuses(CommitmentQuery q) {
        if (q.status() == null) {
            return OUTSTANDING;
        }
        return OUTSTANDING.contains(q.status().name()) ? List.of(q.status().name()) : List.of();
    }
}
