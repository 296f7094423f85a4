package org.commitmenttracker.notify.alerts;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.commitmenttracker.events.CommitmentAlert;
import org.commitmenttracker.events.DepartmentLines;
import org.commitmenttracker.events.TrackerEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import com.mongodb.bulk.BulkWriteError;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

@Repository
class MongoAlertStore implements AlertStore {

    private static final Logger log = LoggerFactory.getLogger(MongoAlertStore.class);

    static final String COLLECTION = "alerts";
    private static final int DUPLICATE_KEY = 11000;

    private final MongoTemplate mongo;

    MongoAlertStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * For real MongoDB; the local stand-in serves only equalities on the first field. Once started, so that start-up does
     * not wait for the database.
     */
    @EventListener(ApplicationReadyEvent.class)
    void createIndexes() {
        try {
            mongo.indexOps(AlertDocument.class).createIndex(new Index()
                    .on("state", Sort.Direction.ASC).on("leaseUntil", Sort.Direction.ASC));
            mongo.indexOps(AlertDocument.class).createIndex(new Index().on("raisedAt", Sort.Direction.DESC));
            mongo.indexOps(AlertDocument.class).createIndex(new Index()
                    .on("departmentKey", Sort.Direction.ASC).on("raisedAt", Sort.Direction.DESC));
        } catch (RuntimeException e) {
            log.warn("Could not create the indexes of {}; queries still work, more slowly: {}", COLLECTION, e.toString());
        }
    }

    @Override
    public List<Alert> insertAllPending(List<Alert> alerts, Instant leaseUntil) {
        if (alerts.isEmpty()) {
            return List.of();
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, AlertDocument.class);
        alerts.forEach(alert -> bulk.insert(AlertDocument.of(alert, leaseUntil)));
        try {
            bulk.execute();
            return alerts;
        } catch (BulkOperationException e) {
            Set<Integer> existing = new HashSet<>();
            for (BulkWriteError error : e.getErrors()) {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw e;
                }
                existing.add(error.getIndex());
            }
            List<Alert> inserted = new ArrayList<>();
            for (int i = 0; i < alerts.size(); i++) {
                if (!existing.contains(i)) {
                    inserted.add(alerts.get(i));
                }
            }
            return inserted;
        }
    }

    @Override
    public List<Alert> claimPending(Instant now, Instant leaseUntil, int limit) {
        Query due = query(where("state").is(AlertState.PENDING).and("leaseUntil").lte(now))
                .with(Sort.by("raisedAt").ascending()).limit(limit);
        List<Alert> claimed = new ArrayList<>();
        for (AlertDocument candidate : mongo.find(due, AlertDocument.class)) {
            // by id and only while still due: two instances never both claim one
            AlertDocument mine = mongo.findAndModify(query(where("id").is(candidate.id())
                            .and("state").is(AlertState.PENDING).and("leaseUntil").lte(now)),
                    Update.update("leaseUntil", leaseUntil), FindAndModifyOptions.options().returnNew(true),
                    AlertDocument.class);
            if (mine != null) {
                claimed.add(mine.toAlert());
            }
        }
        return claimed;
    }

    @Override
    public void markPublished(List<String> ids, Instant publishedAt) {
        if (ids.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, AlertDocument.class);
        ids.forEach(id -> bulk.updateOne(query(where("id").is(id)), new Update().set("state", AlertState.PUBLISHED)
                .set("publishedAt", publishedAt).unset("leaseUntil")));
        bulk.execute();
    }

    @Override
    public List<Alert> find(AlertQuery q) {
        Criteria criteria = new Criteria();
        if (!q.types().isEmpty()) {
            criteria.and("type").in(q.types());
        }
        if (!q.departments().isEmpty()) {
            criteria.and("departmentKey").in(q.departments().stream().map(DepartmentLines::normal).toList());
        }
        if (q.since() != null || q.until() != null) {
            Criteria raised = criteria.and("raisedAt");
            if (q.since() != null) {
                raised.gte(q.since());
            }
            if (q.until() != null) {
                raised.lte(q.until());
            }
        }
        return mongo.find(query(criteria).with(Sort.by(Sort.Order.desc("raisedAt"), Sort.Order.desc("id")))
                .limit(q.limit()), AlertDocument.class).stream().map(AlertDocument::toAlert).toList();
    }

    @Document(COLLECTION)
    /** The event is stored with its class ({@code _class}), so that it reads back as the kind of alert it is. */
    record AlertDocument(@Id String id, TrackerEvent event, String type, String departmentKey, AlertState state,
                         Instant raisedAt, Instant leaseUntil, Instant publishedAt) {

        static AlertDocument of(Alert alert, Instant leaseUntil) {
            String department = alert.event().source() == null ? null : alert.event().source().department();
            return new AlertDocument(alert.id(), alert.event(), alert.type(),
                    department == null ? null : DepartmentLines.normal(department), AlertState.PENDING,
                    alert.raisedAt(), leaseUntil, null);
        }

        Alert toAlert() {
            return new Alert(id, (CommitmentAlert) event, state, raisedAt);
        }
    }
}
