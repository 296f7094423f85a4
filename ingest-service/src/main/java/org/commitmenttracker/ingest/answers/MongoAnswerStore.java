package org.commitmenttracker.ingest.answers;

import java.time.Instant;
import java.util.Optional;

import org.commitmenttracker.events.Answer;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
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
