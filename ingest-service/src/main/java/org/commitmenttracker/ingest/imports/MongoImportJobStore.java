package org.commitmenttracker.ingest.imports;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

@Repository
class MongoImportJobStore implements ImportJobStore {

    private static final Logger log = LoggerFactory.getLogger(MongoImportJobStore.class);

    static final String COLLECTION = "import_jobs";

    private final MongoTemplate mongo;

    MongoImportJobStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** For the start-up sweep of unfinished jobs, on real MongoDB (the local stand-in ignores secondary indexes). */
    @EventListener(ApplicationReadyEvent.class)
    void createIndexes() {
        try {
            mongo.indexOps(JobDocument.class).createIndex(new Index().on("state", Sort.Direction.ASC)
                    .on("createdAt", Sort.Direction.ASC));
        } catch (RuntimeException e) {
            log.warn("Could not create the indexes of {}; queries still work, more slowly: {}", COLLECTION, e.toString());
        }
    }

    @Override
    public void create(ImportJob job) {
        mongo.insert(JobDocument.of(job));
    }

    @Override
    public Optional<ImportJob> find(String id) {
        return Optional.ofNullable(mongo.findById(id, JobDocument.class)).map(JobDocument::toJob);
    }

    @Override
    public void started(String id, Instant at) {
        mongo.updateFirst(byId(id), new Update().set("state", ImportState.RUNNING.wireName()).set("startedAt", at),
                JobDocument.class);
    }

    @Override
    public void counted(String id, long total) {
        mongo.updateFirst(byId(id), new Update().set("total", total), JobDocument.class);
    }

    @Override
    public void progressed(String id, long done, long failed, Map<String, Long> outcomes, List<RecordError> errors) {
        Update update = new Update().inc("done", done).inc("failed", failed);
        outcomes.forEach((outcome, n) -> update.inc("outcomes." + outcome, n));
        if (!errors.isEmpty()) {
            update.push("errors").each(errors.toArray());
        }
        mongo.updateFirst(byId(id), update, JobDocument.class);
    }

    @Override
    public void finished(String id, ImportState state, String reason, Instant at) {
        mongo.updateFirst(byId(id), new Update().set("state", state.wireName()).set("reason", reason)
                .set("finishedAt", at), JobDocument.class);
    }

    @Override
    public List<String> failUnfinished(Instant createdBefore, String reason, Instant at) {
        Query unfinished = query(where("state").in(ImportState.QUEUED.wireName(), ImportState.RUNNING.wireName())
                .and("createdAt").lt(createdBefore));
        unfinished.fields().include("_id");
        List<String> ids = mongo.find(unfinished, org.bson.Document.class, COLLECTION).stream()
                .map(document -> document.getString("_id")).toList();
        for (String id : ids) {
            // one job at a time, and only while it is still unfinished
            mongo.updateFirst(query(where("id").is(id).and("state").in(ImportState.QUEUED.wireName(),
                            ImportState.RUNNING.wireName())),
                    new Update().set("state", ImportState.FAILED.wireName()).set("reason", reason).set("finishedAt", at),
                    JobDocument.class);
        }
        return ids;
    }

    private static Query byId(String id) {
        return query(where("id").is(id));
    }

    @Document(COLLECTION)
    record JobDocument(@Id String id, String format, String state, long total, long done, long failed,
                       Map<String, Long> outcomes, List<RecordError> errors, String reason, Instant createdAt,
                       Instant startedAt, Instant finishedAt) {

        static JobDocument of(ImportJob job) {
            Map<String, Long> outcomes = new LinkedHashMap<>();
            for (String outcome : ImportJob.OUTCOMES) {
                outcomes.put(outcome, job.outcomes().getOrDefault(outcome, 0L));
            }
            return new JobDocument(job.id(), job.format().wireName(), job.state().wireName(), job.total(), job.done(),
                    job.failed(), outcomes, new ArrayList<>(job.errors()), job.reason(), job.createdAt(),
                    job.startedAt(), job.finishedAt());
        }

        ImportJob toJob() {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String outcome : ImportJob.OUTCOMES) {
                Object n = outcomes == null ? null : outcomes.get(outcome);
                counts.put(outcome, n instanceof Number number ? number.longValue() : 0L);
            }
            return new ImportJob(id, ImportFormat.ofWireName(format).orElseThrow(),
                    ImportState.valueOf(state.toUpperCase(Locale.ROOT)), total, done, failed, counts,
                    errors == null ? List.of() : List.copyOf(errors), reason, createdAt, startedAt, finishedAt);
        }
    }
}
