package org.commitmenttracker.commitments.store;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.commitmenttracker.events.Answer;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** The latest plain text of each answer, and the answer, in the {@code answer_texts} collection, one per answer id. */
@Repository
public class AnswerTextStore {

    static final String COLLECTION = "answer_texts";

    private final MongoTemplate mongo;

    AnswerTextStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Stores the text as the answer's latest; a replay of the same answer event writes the same document. */
    public void save(AnswerText text) {
        mongo.save(Stored.of(text), COLLECTION);
    }

    /** {@link #save} for each, at once. */
    public void saveAll(List<AnswerText> texts) {
        if (texts.isEmpty()) {
            return;
        }
        // ordered: two versions of one answer in a batch are written in their order
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.ORDERED, Stored.class, COLLECTION);
        for (AnswerText text : texts) {
            bulk.replaceOne(Query.query(Criteria.where("_id").is(text.answerId())), Stored.of(text),
                    FindAndReplaceOptions.options().upsert());
        }
        bulk.execute();
    }

    public Optional<AnswerText> find(String answerId) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("_id").is(answerId)), Stored.class, COLLECTION))
                .map(Stored::toAnswerText);
    }

    /** The stored answers with those ids, by id. */
    public Map<String, AnswerText> findAll(Collection<String> answerIds) {
        Map<String, AnswerText> found = new HashMap<>();
        mongo.find(Query.query(Criteria.where("_id").in(answerIds)), Stored.class, COLLECTION)
                .forEach(stored -> found.put(stored.id(), stored.toAnswerText()));
        return found;
    }

    /** Records that the answer's question was withdrawn; its next version, if one comes, is not. */
    public void markWithdrawn(String answerId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(answerId)), new Update().set("withdrawn", true), COLLECTION);
    }

    /** How many answers are stored. */
    public long count() {
        return mongo.count(new Query(), COLLECTION);
    }

    /** Up to {@code limit} answers in the order of their ids, from the first after {@code afterId} (null: the first). */
    public List<AnswerText> page(String afterId, int limit) {
        Query query = afterId == null ? new Query() : Query.query(Criteria.where("_id").gt(afterId));
        return mongo.find(query.with(Sort.by("_id")).limit(limit), Stored.class, COLLECTION).stream()
                .map(Stored::toAnswerText).toList();
    }

    record Stored(@org.springframework.data.annotation.Id String id, String text, String lastAnswerEventId,
                  java.time.Instant updatedAt, Answer answer, boolean statement, boolean withdrawn) {

        static Stored of(AnswerText text) {
            return new Stored(text.answerId(), text.text(), text.lastAnswerEventId(), text.updatedAt(), text.answer(),
                    text.statement(), text.withdrawn());
        }

        AnswerText toAnswerText() {
            return new AnswerText(id, text, lastAnswerEventId, updatedAt, answer, statement, withdrawn);
        }
    }
}
