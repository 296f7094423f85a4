package org.commitmenttracker.ingest.jobs;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** Jobs of every kind as documents of {@code ingest_jobs}. */
@Repository
class MongoJobStore implements JobStore {

    private static final Logger log = LoggerFactory.getLogger(MongoJobStore.class);

    static final String COLLECTION = "ingest_jobs";

    private static final List<String> UNFINISHED = List.of(JobState.QUEUED.wireName(), JobState.RUNNING.wireName());

    private final MongoTemplate mongo;

    MongoJobStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** For the start-up look for unfinished jobs (by state, which the local stand-in serves too). */
    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void createIndexes() {
        try {
            mongo.indexOps(COLLECTION).createIndex(new Index().on("state", Sort.Direction.ASC)
                    .on("createdAt", Sort.Direction.ASC));
        } catch (RuntimeException e) {
            log.warn("Could not create the indexes of {}; queries still work, more slowly: {}", COLLECTION, e.toString());
        }
    }

    @Override
    public void create(Job job) {
        Document doc = new Document("_id", job.id())
                .append("kind", job.kind().wireName())
                .append("state", job.state().wireName())
                .append("parameters", new Document(new LinkedHashMap<String, Object>(job.parameters())))
                .append("total", job.total())
                .append("done", job.done())
                .append("failed", job.failed())
                .append("counts", new Document(new LinkedHashMap<String, Object>(job.counts())))
                .append("errors", job.errors().stream().map(MongoJobStore::error).toList())
                .append("checkpoint", job.checkpoint())
                .append("reason", job.reason())
                .append("createdAt", date(job.createdAt()))
                .append("startedAt", date(job.startedAt()))
                .append("updatedAt", date(job.updatedAt()))
                .append("finishedAt", date(job.finishedAt()));
        mongo.insert(doc, COLLECTION);
    }

    @Override
    public Optional<Job> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, COLLECTION)).map(MongoJobStore::job);
    }

    @Override
    public List<Job> unfinished(Instant createdBefore) {
        Query unfinished = query(where("state").in(UNFINISHED).and("createdAt").lt(Date.from(createdBefore)))
                .with(Sort.by("createdAt"));
        return mongo.find(unfinished, Document.class, COLLECTION).stream().map(MongoJobStore::job).toList();
    }

    @Override
    public void started(String id, Instant at) {
        mongo.updateFirst(query(where("_id").is(id).and("state").is(JobState.QUEUED.wireName())),
                new Update().set("state", JobState.RUNNING.wireName()).set("startedAt", Date.from(at))
                        .set("updatedAt", Date.from(at)), COLLECTION);
    }

    @Override
    public void counted(String id, long total, Instant at) {
        mongo.updateFirst(query(where("_id").is(id)), new Update().set("total", total).set("updatedAt", Date.from(at)),
                COLLECTION);
    }

    @Override
    public void progressed(String id, JobProgress progress, Instant at) {
        if (progress.isEmpty()) {
            return;
        }
        mongo.updateFirst(query(where("_id").is(id)), adding(progress, at), COLLECTION);
    }

    @Override
    public boolean advanced(String id, String from, String to, JobProgress progress, Instant at) {
        Query atCheckpoint = query(where("_id").is(id).and("checkpoint").is(from)
                .and("state").is(JobState.RUNNING.wireName()));
        return mongo.updateFirst(atCheckpoint, adding(progress, at).set("checkpoint", to), COLLECTION)
                .getModifiedCount() == 1;
    }

    @Override
    public boolean finished(String id, JobState state, String reason, Instant at) {
        return mongo.updateFirst(query(where("_id").is(id).and("state").in(UNFINISHED)),
                new Update().set("state", state.wireName()).set("reason", reason).set("finishedAt", Date.from(at))
                        .set("updatedAt", Date.from(at)), COLLECTION).getModifiedCount() == 1;
    }

    private static Update adding(JobProgress progress, Instant at) {
        Update update = new Update().inc("done", progress.done()).inc("failed", progress.failed())
                .set("updatedAt", Date.from(at));
        progress.counts().forEach((name, n) -> update.inc("counts." + name, n));
        if (!progress.errors().isEmpty()) {
            update.push("errors").each(progress.errors().stream().map(MongoJobStore::error).toArray());
        }
        return update;
    }

    private static Document error(JobError error) {
        return new Document("place", error.place()).append("reason", error.reason());
    }

    private static Date date(Instant at) {
        return at == null ? null : Date.from(at);
    }

    private static Instant instant(Document doc, String field) {
        Date date = doc.getDate(field);
        return date == null ? null : date.toInstant();
    }

    private static Job job(Document doc) {
        Map<String, String> parameters = new LinkedHashMap<>();
        Document storedParameters = doc.get("parameters", Document.class);
        if (storedParameters != null) {
            storedParameters.forEach((key, value) -> {
                if (value != null) {
                    parameters.put(key, value.toString());
                }
            });
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        Document storedCounts = doc.get("counts", Document.class);
        if (storedCounts != null) {
            storedCounts.forEach((key, value) -> counts.put(key, ((Number) value).longValue()));
        }
        List<JobError> errors = new ArrayList<>();
        for (Object item : doc.getList("errors", Object.class, List.of())) {
            Document error = (Document) item;
            errors.add(new JobError(error.getString("place"), error.getString("reason")));
        }
        return new Job(doc.getString("_id"), JobKind.ofWireName(doc.getString("kind")),
                JobState.ofWireName(doc.getString("state")), parameters, number(doc, "total"), number(doc, "done"),
                number(doc, "failed"), counts, errors, doc.getString("checkpoint"), doc.getString("reason"),
                instant(doc, "createdAt"), instant(doc, "startedAt"), instant(doc, "updatedAt"), instant(doc, "finishedAt"));
    }

    private static long number(Document doc, String field) {
        Object value = doc.get(field);
        return value instanceof Number n ? n.longValue() : 0L;
    }
}
