package org.commitmenttracker.notify.tracking;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.mongodb.bulk.BulkWriteError;
import org.commitmenttracker.events.CommitmentSource;
import org.commitmenttracker.events.CommitmentStatus;
import org.commitmenttracker.events.Deadline;
import org.commitmenttracker.events.DeadlineKind;
import org.commitmenttracker.events.Evidence;
import org.commitmenttracker.events.Quote;
import org.commitmenttracker.events.ReviewState;
import org.commitmenttracker.events.Strength;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

@Repository
class MongoCommitmentStore implements CommitmentStore {

    private static final Logger log = LoggerFactory.getLogger(MongoCommitmentStore.class);

    static final String COLLECTION = "commitments";
    private static final int DUPLICATE_KEY = 11000;

    private final MongoTemplate mongo;

    MongoCommitmentStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * One for each of the scans' queries, led by its pending mark (which the local stand-in serves too, by the mark's
     * value alone). Once started, so that start-up does not wait for the database.
     */
    @EventListener(ApplicationReadyEvent.class)
    void createIndexes() {
        try {
            IndexOperations indexes = mongo.indexOps(CommitmentDocument.class);
            indexes.createIndex(new Index()
                    .on("overdueCheckPending", Sort.Direction.ASC).on("deadline.date", Sort.Direction.ASC));
            indexes.createIndex(new Index()
                    .on("dueSoonCheckPending", Sort.Direction.ASC).on("deadline.date", Sort.Direction.ASC));
            indexes.createIndex(new Index().on("withdrawnAlertPending", Sort.Direction.ASC));
        } catch (RuntimeException e) {
            log.warn("Could not create the indexes of {}; queries still work, more slowly: {}", COLLECTION, e.toString());
        }
    }

    @Override
    public Map<String, TrackedCommitment> findAll(Collection<String> commitmentIds) {
        if (commitmentIds.isEmpty()) {
            return Map.of();
        }
        // {_id: {$in: [...]}}: by the _id index, on the stand-in too
        return mongo.find(query(where("id").in(commitmentIds)), CommitmentDocument.class).stream()
                .map(CommitmentDocument::toCommitment)
                .collect(Collectors.toMap(TrackedCommitment::commitmentId, c -> c));
    }

    @Override
    public Set<String> saveAllIfNewer(List<TrackedCommitment> commitments) {
        if (commitments.isEmpty()) {
            return Set.of();
        }
        // an upsert that matches no older version tries to insert the id again, which the unique _id refuses
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, CommitmentDocument.class);
        for (TrackedCommitment commitment : commitments) {
            bulk.replaceOne(query(where("id").is(commitment.commitmentId()).and("version").lt(commitment.version())),
                    CommitmentDocument.of(commitment), FindAndReplaceOptions.options().upsert());
        }
        Set<Integer> refused = new HashSet<>();
        try {
            bulk.execute();
        } catch (BulkOperationException e) {
            for (BulkWriteError error : e.getErrors()) {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw e;
                }
                refused.add(error.getIndex());
            }
        }
        Set<String> written = new LinkedHashSet<>();
        for (int i = 0; i < commitments.size(); i++) {
            if (!refused.contains(i)) {
                written.add(commitments.get(i).commitmentId());
            }
        }
        return written;
    }

    @Override
    public void delete(String commitmentId) {
        mongo.remove(query(where("id").is(commitmentId)), CommitmentDocument.class);
    }

    @Override
    public List<TrackedCommitment> awaitingOverdueCheck(LocalDate today, int limit) {
        return mongo.find(query(where("overdueCheckPending").is(true)
                        .and("tracked").is(true)
                        .and("deadline.date").lt(today.toString())
                        .and("deadline.kind").in(DeadlineKind.EXPLICIT.name(), DeadlineKind.IMPLIED.name())
                        .and("status").in(CommitmentStatus.OPEN.name(), CommitmentStatus.IN_PROGRESS.name()))
                        .limit(limit), CommitmentDocument.class)
                .stream().map(CommitmentDocument::toCommitment).toList();
    }

    @Override
    public List<TrackedCommitment> awaitingDueSoonCheck(LocalDate today, LocalDate lastDay, int limit) {
        return mongo.find(query(where("dueSoonCheckPending").is(true)
                        .and("tracked").is(true)
                        .and("deadline.date").gte(today.toString()).lte(lastDay.toString())
                        .and("deadline.kind").in(DeadlineKind.EXPLICIT.name(), DeadlineKind.IMPLIED.name())
                        .and("status").in(CommitmentStatus.OPEN.name(), CommitmentStatus.IN_PROGRESS.name()))
                        .limit(limit), CommitmentDocument.class)
                .stream().map(CommitmentDocument::toCommitment).toList();
    }

    @Override
    public void dueSoonChecked(List<TrackedCommitment> commitments) {
        clear(commitments, "dueSoonCheckPending");
    }

    @Override
    public List<TrackedCommitment> awaitingWithdrawnAlert(int limit) {
        return mongo.find(query(where("withdrawnAlertPending").is(true)).limit(limit), CommitmentDocument.class)
                .stream().map(CommitmentDocument::toCommitment).toList();
    }

    @Override
    public void withdrawnAlerted(List<TrackedCommitment> commitments) {
        clear(commitments, "withdrawnAlertPending");
    }

    @Override
    public void overdueChecked(List<TrackedCommitment> commitments) {
        clear(commitments, "overdueCheckPending");
    }

    @Document(COLLECTION)
    record CommitmentDocument(@Id String id, long version, String lastEventId, Instant lastOccurredAt,
                              CommitmentSource source, Quote quote, String action, Strength strength,
                              double confidence, Deadline deadline, CommitmentStatus status, ReviewState review,
                              boolean tracked, boolean withdrawn, List<Evidence> evidence,
                              boolean overdueCheckPending, boolean dueSoonCheckPending, boolean withdrawnAlertPending) {

        static CommitmentDocument of(TrackedCommitment c) {
            return new CommitmentDocument(c.commitmentId(), c.version(), c.lastEventId(), c.lastOccurredAt(), c.source(),
                    c.quote(), c.action(), c.strength(), c.confidence(), c.deadline(), c.status(), c.review(),
                    c.tracked(), c.withdrawn(), c.evidence(), true, true, c.withdrawn());
        }

        TrackedCommitment toCommitment() {
            return new TrackedCommitment(id, version, lastEventId, lastOccurredAt, source, quote, action, strength,
                    confidence, deadline, status, review, tracked, withdrawn, evidence);
        }
    }

    /** Clears {@code mark} on each commitment still at the state it was read in, with one bulk write. */
    private void clear(List<TrackedCommitment> commitments, String mark) {
        if (commitments.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, CommitmentDocument.class);
        for (TrackedCommitment commitment : commitments) {
            bulk.updateOne(query(where("id").is(commitment.commitmentId()).and("lastEventId").is(commitment.lastEventId())),
                    Update.update(mark, false));
        }
        bulk.execute();
    }
}
