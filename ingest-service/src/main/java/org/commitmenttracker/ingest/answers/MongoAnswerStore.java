package org.commitmenttracker.ingest.answers;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.commitmenttracker.events.Answer;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Repository;

@Repository
class MongoAnswerStore implements AnswerStore {

    static final String COLLECTION = "answers";

    private final MongoTemplate mongo;

    MongoAnswerStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<SeenAnswer> find(String id) {
        return Optional.ofNullable(mongo.findById(id, SeenAnswerDocument.class)).map(SeenAnswerDocument::toSeenAnswer);
    }

    @Override
    public void save(SeenAnswer answer) {
        mongo.save(SeenAnswerDocument.of(answer));
    }

    @Override
    public Map<String, SeenAnswer> findAll(Collection<String> ids) {
        Map<String, SeenAnswer> found = new HashMap<>();
        if (!ids.isEmpty()) {
            mongo.find(Query.query(Criteria.where("_id").in(ids)), SeenAnswerDocument.class)
                    .forEach(doc -> found.put(doc.id(), doc.toSeenAnswer()));
        }
        return found;
    }

    @Override
    public void saveAll(Collection<SeenAnswer> answers) {
        if (answers.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, SeenAnswerDocument.class);
        answers.forEach(a -> bulk.replaceOne(Query.query(Criteria.where("_id").is(a.id())), SeenAnswerDocument.of(a),
                FindAndReplaceOptions.options().upsert()));
        bulk.execute();
    }

    @Document(COLLECTION)
    record SeenAnswerDocument(@Id String id, String contentHash, int version, Instant firstSeenAt,
                              Instant lastChangedAt, Answer answer, boolean withdrawn) {

        static SeenAnswerDocument of(SeenAnswer a) {
            return new SeenAnswerDocument(a.id(), a.contentHash(), a.version(), a.firstSeenAt(), a.lastChangedAt(), a.answer(),
                    a.withdrawn());
        }

        SeenAnswer toSeenAnswer() {
            return new SeenAnswer(id, contentHash, version, firstSeenAt, lastChangedAt, answer, withdrawn);
        }
    }
}
