package org.commitmenttracker.commitments.reextraction;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** Re-extraction jobs in the {@code reextraction_jobs} collection; each change one atomic update. */
@Repository
class ReextractionJobStore {

    static final String COLLECTION = "reextraction_jobs";

    private final MongoTemplate mongo;

    ReextractionJobStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void insert(ReextractionJob job) {
        mongo.insert(Stored.of(job), COLLECTION);
    }

    Optional<ReextractionJob> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Stored.class, COLLECTION)).map(Stored::toJob);
    }

    List<ReextractionJob> running() {
        return mongo.find(Query.query(Criteria.where("state").is(ReextractionJob.RUNNING)), Stored.class, COLLECTION)
                .stream().map(Stored::toJob).toList();
    }

    /** Adds a page's counts and moves the checkpoint on, only while the job runs. */
    void progressed(String id, long done, long changed, long skipped, long failed, String checkpoint, Instant at) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("state").is(ReextractionJob.RUNNING)),
                new Update().inc("done", done).inc("changed", changed).inc("skipped", skipped).inc("failed", failed)
                        .set("checkpoint", checkpoint).set("updatedAt", at), COLLECTION);
    }

    void finished(String id, String state, String reason, Instant at) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("state").is(ReextractionJob.RUNNING)),
                new Update().set("state", state).set("reason", reason).set("updatedAt", at), COLLECTION);
    }

    record Stored(@Id String id, String state, long total, long done, long changed, long skipped, long failed,
                  String reason, String checkpoint, Instant startedAt, Instant updatedAt) {

        static Stored of(ReextractionJob j) {
            return new Stored(j.id(), j.state(), j.total(), j.done(), j.changed(), j.skipped(), j.failed(), j.reason(),
                    j.checkpoint(), j.startedAt(), j.updatedAt());
        }

        ReextractionJob toJob() {
            return new ReextractionJob(id, state, total, done, changed, skipped, failed, reason, checkpoint, startedAt,
                    updatedAt);
        }
    }
}
