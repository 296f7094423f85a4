package org.commitmenttracker.commitments.store;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** The latest plain text of each answer, in the {@code answer_texts} collection, one per answer id. */
@Repository
public class AnswerTextStore {

    static final String COLLECTION = "answer_texts";

    private final MongoTemplate mongo;

    AnswerTextStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Stores the text as the answer's latest; a replay of the same answer event writes the same document. */
    public void save(AnswerText text) {
        mongo.save(new Stored(text.answerId(), text.text(), text.lastAnswerEventId(), text.updatedAt()), COLLECTION);
    }

    /** {@link #save} for each, at once. */
    public void saveAll(List<AnswerText> texts) {
        if (texts.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Stored.class, COLLECTION);
        for (AnswerText text : texts) {
            bulk.replaceOne(Query.query(Criteria.where("_id").is(text.answerId())),
                    new Stored(text.answerId(), text.text(), text.lastAnswerEventId(), text.updatedAt()),
                    FindAndReplaceOptions.options().upsert());
        }
        bulk.execute();
    }

    public Optional<AnswerText> find(String answerId) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("_id").is(answerId)), Stored.class, COLLECTION))
                .map(s -> new AnswerText(s.id(), s.text(), s.lastAnswerEventId(), s.updatedAt()));
    }

    record Stored(@org.springframework.data.annotation.Id String id, String text, String lastAnswerEventId,
                  java.time.Instant updatedAt) {
    }
}
