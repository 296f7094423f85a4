package org.commitmenttracker.ingest.parliament;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** Backfill jobs as documents of {@code backfill_jobs}; days are ISO strings. */
@Repository
class MongoBackfillJobStore implements BackfillJobStore {

    static final String COLLECTION = "backfill_jobs";

    private final MongoTemplate mongo;

    MongoBackfillJobStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void insert(BackfillJob job) {
        Document doc = new Document("_id", job.id())
                .append("from", job.from().toString())
                .append("to", job.to().toString())
                .append("state", job.state().wire())
                .append("nextDay", job.nextDay().toString())
                .append("daysDone", job.daysDone())
                .append("daysTotal", job.daysTotal())
                .append("answers", job.answers())
                .append("outcomes", new Document(new LinkedHashMap<String, Object>(job.outcomes())))
                .append("grouped", job.grouped())
                .append("rejected", job.rejected())
                .append("failedPages", job.failedPages().stream().map(MongoBackfillJobStore::failure).toList())
                .append("createdAt", Date.from(job.createdAt()))
                .append("updatedAt", Date.from(job.updatedAt()));
        mongo.insert(doc, COLLECTION);
    }

    @Override
    public Optional<BackfillJob> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, COLLECTION)).map(MongoBackfillJobStore::job);
    }

    @Override
    public List<String> running() {
        Query query = new Query(Criteria.where("state").is(BackfillJob.State.RUNNING.wire()));
        query.fields().include("_id");
        return mongo.find(query, Document.class, COLLECTION).stream().map(doc -> doc.getString("_id")).toList();
    }

    @Override
    public boolean recordDays(String id, LocalDate from, LocalDate to, DayResult result, Instant at) {
        Query query = new Query(Criteria.where("_id").is(id).and("nextDay").is(from.toString())
                .and("state").is(BackfillJob.State.RUNNING.wire()));
        Update update = new Update()
                .set("nextDay", to.plusDays(1).toString())
                .set("updatedAt", Date.from(at))
                .inc("daysDone", (int) ChronoUnit.DAYS.between(from, to) + 1)
                .inc("answers", result.answers())
                .inc("grouped", result.grouped())
                .inc("rejected", result.rejected());
        result.outcomes().forEach((outcome, count) -> update.inc("outcomes." + outcome.name().toLowerCase(Locale.ROOT), count));
        if (!result.failures().isEmpty()) {
            update.push("failedPages").each(result.failures().stream().map(MongoBackfillJobStore::failure).toArray());
        }
        return mongo.updateFirst(query, update, COLLECTION).getModifiedCount() == 1;
    }

    @Override
    public void finish(String id, BackfillJob.State state, Instant at) {
        mongo.updateFirst(new Query(Criteria.where("_id").is(id).and("state").is(BackfillJob.State.RUNNING.wire())),
                new Update().set("state", state.wire()).set("updatedAt", Date.from(at)), COLLECTION);
    }

    private static Document failure(PageFailure f) {
        return new Document("day", f.day().toString()).append("source", f.source()).append("skip", f.skip())
                .append("reason", f.reason());
    }

    private static BackfillJob job(Document doc) {
        Map<String, Integer> outcomes = new LinkedHashMap<>();
        Document stored = doc.get("outcomes", Document.class);
        if (stored != null) {
            stored.forEach((key, value) -> outcomes.put(key, ((Number) value).intValue()));
        }
        List<PageFailure> failures = new ArrayList<>();
        for (Object item : doc.getList("failedPages", Object.class, List.of())) {
            Document f = (Document) item;
            failures.add(new PageFailure(LocalDate.parse(f.getString("day")), f.getString("source"), f.getInteger("skip", 0),
                    f.getString("reason")));
        }
        return new BackfillJob(doc.getString("_id"), LocalDate.parse(doc.getString("from")), LocalDate.parse(doc.getString("to")),
                BackfillJob.State.ofWire(doc.getString("state")), LocalDate.parse(doc.getString("nextDay")),
                doc.getInteger("daysDone", 0), doc.getInteger("daysTotal", 0), doc.getInteger("answers", 0), outcomes,
                doc.getInteger("grouped", 0), doc.getInteger("rejected", 0), failures, doc.getDate("createdAt").toInstant(), doc.getDate("updatedAt").toInstant());
    }
}
