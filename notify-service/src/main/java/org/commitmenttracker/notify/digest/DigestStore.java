package org.commitmenttracker.notify.digest;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.commitmenttracker.notify.alerts.AlertFilter;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** The digest subscriptions. A due digest is claimed by moving its next time on, so two instances never both send it. */
@Repository
class DigestStore {

    static final String COLLECTION = "digests";

    private final MongoTemplate mongo;

    DigestStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void insert(DigestSubscription subscription) {
        mongo.insert(DigestDocument.of(subscription));
    }

    Optional<DigestSubscription> find(String id) {
        return Optional.ofNullable(mongo.findById(id, DigestDocument.class)).map(DigestDocument::toSubscription);
    }

    Optional<DigestSubscription> findByToken(String token) {
        return Optional.ofNullable(mongo.findOne(query(where("unsubscribeToken").is(token)), DigestDocument.class))
                .map(DigestDocument::toSubscription);
    }

    /** Every subscription, or those of one owner; oldest first. */
    List<DigestSubscription> list(String owner) {
        Query query = owner == null ? new Query() : query(where("owner").is(owner));
        return mongo.find(query.with(Sort.by("createdAt", "id")), DigestDocument.class).stream()
                .map(DigestDocument::toSubscription).toList();
    }

    void update(DigestSubscription s) {
        mongo.updateFirst(query(where("id").is(s.id())), new Update().set("email", s.email())
                .set("frequency", s.frequency()).set("filter", s.filter()).set("nextDigestAt", s.nextDigestAt()),
                DigestDocument.class);
    }

    boolean delete(String id) {
        return mongo.remove(query(where("id").is(id)), DigestDocument.class).getDeletedCount() == 1;
    }

    /** Marks the subscription with this token unsubscribed (once); false when no subscription has it. */
    boolean unsubscribe(String token, Instant at) {
        if (mongo.updateFirst(query(where("unsubscribeToken").is(token).and("unsubscribedAt").is(null)),
                Update.update("unsubscribedAt", at), DigestDocument.class).getModifiedCount() == 1) {
            return true;
        }
        return mongo.exists(query(where("unsubscribeToken").is(token)), DigestDocument.class);
    }

    /** Takes one active subscription whose digest is due, moving its next time to {@code retryAt} meanwhile. */
    Optional<DigestSubscription> claimDue(Instant now, Instant retryAt) {
        return Optional.ofNullable(mongo.findAndModify(
                query(where("unsubscribedAt").is(null).and("nextDigestAt").lte(now)).with(Sort.by("nextDigestAt")),
                Update.update("nextDigestAt", retryAt), FindAndModifyOptions.options().returnNew(false),
                DigestDocument.class)).map(DigestDocument::toSubscription);
    }

    /** After a digest went out (or there was nothing to send): the next period starts at {@code periodEnd}. */
    void sent(String id, Instant periodEnd, Instant next, Instant sentAt) {
        Update update = new Update().set("periodStart", periodEnd).set("nextDigestAt", next).unset("lastError");
        if (sentAt != null) {
            update.set("lastSentAt", sentAt);
        }
        mongo.updateFirst(query(where("id").is(id)), update, DigestDocument.class);
    }

    void failed(String id, String error) {
        mongo.updateFirst(query(where("id").is(id)), Update.update("lastError", error), DigestDocument.class);
    }

    @Document(COLLECTION)
    record DigestDocument(@Id String id, String owner, String email, DigestFrequency frequency, AlertFilter filter,
                          String unsubscribeToken, Instant createdAt, Instant periodStart, Instant nextDigestAt,
                          Instant lastSentAt, String lastError, Instant unsubscribedAt) {

        static DigestDocument of(DigestSubscription s) {
            return new DigestDocument(s.id(), s.owner(), s.email(), s.frequency(), s.filter(), s.unsubscribeToken(),
                    s.createdAt(), s.periodStart(), s.nextDigestAt(), s.lastSentAt(), s.lastError(), s.unsubscribedAt());
        }

        DigestSubscription toSubscription() {
            return new DigestSubscription(id, owner, email, frequency, filter, unsubscribeToken, createdAt,
                    periodStart, nextDigestAt, lastSentAt, lastError, unsubscribedAt);
        }

        @Override
        public String toString() {
            return "DigestDocument[id=" + id + "]";
        }
    }
}
