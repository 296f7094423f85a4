package org.commitmenttracker.notify.overdue;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.PreDestroy;
import org.commitmenttracker.notify.NotifyProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The lease that lets one notify-service instance at a time scan, when several run against the same database: held
 * for {@code notify.overdue.lease} and renewed by every scan of its holder; once it has run out (the holder died or
 * lost the database), the next instance to scan takes it. The holder gives it up when it shuts down.
 * <p>
 * One document per lease; taking it is a single conditional upsert (held by me, or run out), and an upsert that
 * matches nothing because another instance holds it collides with the unique {@code _id}.
 */
@Component
class ScanLease {

    private static final Logger log = LoggerFactory.getLogger(ScanLease.class);

    static final String COLLECTION = "leases";
    static final String NAME = "alert-scan";

    private final MongoTemplate mongo;
    private final Clock clock;
    private final Duration duration;
    private final String holder = UUID.randomUUID().toString();
    private volatile boolean held;

    @Autowired
    ScanLease(MongoTemplate mongo, Clock clock, NotifyProperties properties) {
        this(mongo, clock, properties.overdue().lease());
    }

    ScanLease(MongoTemplate mongo, Clock clock, Duration duration) {
        this.mongo = mongo;
        this.clock = clock;
        this.duration = duration;
    }

    /** Takes or renews the lease; false when another instance holds it. */
    boolean acquire() {
        Instant now = clock.instant();
        LeaseDocument current = mongo.findById(NAME, LeaseDocument.class);
        if (current != null && !holder.equals(current.holder()) && current.until().isAfter(now)) {
            return noted(false); // another instance's, still running: no write needed to know
        }
        Criteria mineOrRunOut = new Criteria().orOperator(where("holder").is(holder), where("until").lte(now));
        boolean got;
        try {
            got = mongo.findAndModify(query(where("id").is(NAME)).addCriteria(mineOrRunOut),
                    new Update().set("holder", holder).set("until", now.plus(duration)),
                    FindAndModifyOptions.options().upsert(true).returnNew(true), LeaseDocument.class) != null;
        } catch (DuplicateKeyException e) {
            got = false;
        }
        return noted(got);
    }

    private boolean noted(boolean got) {
        if (got != held) {
            log.info(got ? "This instance ({}) now runs the alert scans" : "Instance {} no longer runs the alert scans",
                    holder);
        }
        held = got;
        return got;
    }

    @PreDestroy
    void release() {
        if (held) {
            try {
                mongo.remove(query(where("id").is(NAME).and("holder").is(holder)), LeaseDocument.class);
            } catch (RuntimeException e) {
                log.warn("Could not give up the scan lease; another instance takes it when it runs out: {}", e.toString());
            }
        }
    }

    String holder() {
        return holder;
    }

    @Document(COLLECTION)
    record LeaseDocument(@Id String id, String holder, Instant until) {
    }
}
