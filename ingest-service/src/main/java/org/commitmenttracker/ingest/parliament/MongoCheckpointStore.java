package org.commitmenttracker.ingest.parliament;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The checkpoint as one document of {@code parliament_checkpoints}:
 * {@code {_id: "written-questions", nextDay: "2024-03-13", failedDays: {"2024-03-12": [{source, skip, reason}]},
 * updatedAt}}. Days are ISO strings, free of any time zone, and each change is one upsert of that document.
 */
@Repository
class MongoCheckpointStore implements CheckpointStore {

    static final String COLLECTION = "parliament_checkpoints";
    static final String ID = "written-questions";

    private final MongoTemplate mongo;

    MongoCheckpointStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<PollCheckpoint> load() {
        Document doc = mongo.findById(ID, Document.class, COLLECTION);
        if (doc == null) {
            return Optional.empty();
        }
        TreeMap<LocalDate, List<PageFailure>> failed = new TreeMap<>();
        Document days = doc.get("failedDays", Document.class);
        if (days != null) {
            for (Map.Entry<String, Object> entry : days.entrySet()) {
                LocalDate day = LocalDate.parse(entry.getKey());
                List<PageFailure> failures = new ArrayList<>();
                for (Object item : (List<?>) entry.getValue()) {
                    Document f = (Document) item;
                    failures.add(new PageFailure(day, f.getString("source"), f.getInteger("skip", 0), f.getString("reason")));
                }
                failed.put(day, failures);
            }
        }
        String next = doc.getString("nextDay");
        Object updatedAt = doc.get("updatedAt");
        return Optional.of(new PollCheckpoint(next == null ? null : LocalDate.parse(next), failed,
                updatedAt instanceof Date date ? date.toInstant() : null));
    }

    @Override
    public void recordDay(LocalDate day, List<PageFailure> failures, LocalDate nextDay, Instant at) {
        Update update = new Update().set("updatedAt", Date.from(at));
        if (failures.isEmpty()) {
            update.unset("failedDays." + day);
        } else {
            update.set("failedDays." + day, failures.stream()
                    .map(f -> new Document("source", f.source()).append("skip", f.skip()).append("reason", f.reason()))
                    .toList());
        }
        if (nextDay != null) {
            update.set("nextDay", nextDay.toString());
        }
        mongo.upsert(new Query(Criteria.where("_id").is(ID)), update, COLLECTION);
    }
}
