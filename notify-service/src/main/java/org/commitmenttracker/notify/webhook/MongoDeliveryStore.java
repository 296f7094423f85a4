package org.commitmenttracker.notify.webhook;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

@Repository
class MongoDeliveryStore implements DeliveryStore {

    private static final Logger log = LoggerFactory.getLogger(MongoDeliveryStore.class);

    static final String COLLECTION = "deliveries";

    private final MongoTemplate mongo;

    MongoDeliveryStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * For real MongoDB; the local stand-in serves only equalities on the first field. Once started, so that start-up does
     * not wait for the database.
     */
    @EventListener(ApplicationReadyEvent.class)
    void createIndexes() {
        try {
            mongo.indexOps(DeliveryDocument.class).createIndex(new Index()
                    .on("state", Sort.Direction.ASC).on("nextAttemptAt", Sort.Direction.ASC));
            mongo.indexOps(DeliveryDocument.class).createIndex(new Index()
                    .on("webhookId", Sort.Direction.ASC).on("createdAt", Sort.Direction.DESC));
        } catch (RuntimeException e) {
            log.warn("Could not create the indexes of {}; queries still work, more slowly: {}", COLLECTION, e.toString());
        }
    }

    @Override
    public boolean enqueue(Delivery delivery) {
        try {
            mongo.insert(DeliveryDocument.of(delivery));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public Optional<Claimed> claimDue(Instant now, Instant leaseUntil) {
        Query due = query(where("state").is(DeliveryState.PENDING).and("nextAttemptAt").lte(now)
                .orOperator(where("leaseUntil").is(null), where("leaseUntil").lte(now)))
                .with(Sort.by("nextAttemptAt").ascending());
        String token = UUID.randomUUID().toString();
        DeliveryDocument claimed = mongo.findAndModify(due,
                new Update().set("leaseUntil", leaseUntil).set("leaseToken", token),
                FindAndModifyOptions.options().returnNew(true), DeliveryDocument.class);
        return Optional.ofNullable(claimed).map(document -> new Claimed(document.toDelivery(), token));
    }

    @Override
    public boolean recordAttempt(Claimed claimed, DeliveryAttempt attempt, DeliveryState state, Instant nextAttemptAt,
                                 String outcome) {
        Update update = endLease(new Update())
                .push("attempts", attempt)
                .inc("attemptCount", 1)
                .set("state", state);
        if (state == DeliveryState.PENDING) {
            update.set("nextAttemptAt", nextAttemptAt);
        } else {
            update.set("completedAt", attempt.at()).set("outcome", outcome);
        }
        return mongo.updateFirst(leased(claimed), update, DeliveryDocument.class).getModifiedCount() == 1;
    }

    @Override
    public boolean cancel(Claimed claimed, String outcome, Instant at) {
        Update update = endLease(new Update()).set("state", DeliveryState.CANCELLED).set("completedAt", at)
                .set("outcome", outcome);
        return mongo.updateFirst(leased(claimed), update, DeliveryDocument.class).getModifiedCount() == 1;
    }

    @Override
    public List<Delivery> forWebhook(String webhookId, int limit) {
        return mongo.find(query(where("webhookId").is(webhookId))
                        .with(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"))).limit(limit),
                DeliveryDocument.class).stream().map(DeliveryDocument::toDelivery).toList();
    }

    @Override
    public Optional<Delivery> find(String id) {
        return Optional.ofNullable(mongo.findById(id, DeliveryDocument.class)).map(DeliveryDocument::toDelivery);
    }

    @Override
    public boolean redeliver(String id, Instant now) {
        Query notUnderWay = query(where("id").is(id)
                .orOperator(where("leaseUntil").is(null), where("leaseUntil").lte(now)));
        return mongo.updateFirst(notUnderWay, endLease(new Update()).set("state", DeliveryState.PENDING)
                .set("nextAttemptAt", now).set("windowStart", now).unset("completedAt").unset("outcome"),
                DeliveryDocument.class).getModifiedCount() == 1;
    }

    private static Query leased(Claimed claimed) {
        return query(where("id").is(claimed.delivery().id()).and("leaseToken").is(claimed.leaseToken()));
    }

    private static Update endLease(Update update) {
        return update.unset("leaseUntil").unset("leaseToken");
    }

    @Document(COLLECTION)
    record DeliveryDocument(@Id String id, String webhookId, String messageId, String eventType, String body,
                            DeliveryState state, int attemptCount, Instant nextAttemptAt, Instant leaseUntil,
                            String leaseToken, Instant createdAt, Instant windowStart, Instant completedAt,
                            String outcome, List<DeliveryAttempt> attempts) {

        static DeliveryDocument of(Delivery d) {
            return new DeliveryDocument(d.id(), d.webhookId(), d.messageId(), d.eventType(), d.body(), d.state(),
                    d.attemptCount(), d.nextAttemptAt(), null, null, d.createdAt(), d.windowStart(), d.completedAt(),
                    d.outcome(), d.attempts());
        }

        Delivery toDelivery() {
            return new Delivery(id, webhookId, messageId, eventType, body, state, attemptCount, nextAttemptAt,
                    createdAt, windowStart == null ? createdAt : windowStart, completedAt, outcome,
                    attempts == null ? List.of() : attempts);
        }
    }
}
