package org.commitmenttracker.notify.overdue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.commitmenttracker.localinfra.TestInfrastructure;
import org.commitmenttracker.notify.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The scan lease against the MongoDB wire server: one holder at a time, taken over once it runs out. */
class ScanLeaseIT {

    private final String database = "scan-lease-" + UUID.randomUUID().toString().substring(0, 8);
    private final MongoClient client = MongoClients.create(TestInfrastructure.endpoints().mongoUri(database));
    private final MongoTemplate mongo = new MongoTemplate(client, database);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-03T12:00:00Z"), ZoneOffset.UTC);

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void oneHolderAtATimeAndAnotherTakesOverWhenItStopsRenewing() {
        ScanLease first = new ScanLease(mongo, clock, Duration.ofSeconds(30));
        ScanLease second = new ScanLease(mongo, clock, Duration.ofSeconds(30));

        assertThat(first.acquire()).isTrue();
        assertThat(second.acquire()).isFalse();
        clock.advance(Duration.ofSeconds(20));
        assertThat(first.acquire()).as("renewed by its holder").isTrue();
        clock.advance(Duration.ofSeconds(20));
        assertThat(second.acquire()).as("40 s after it was first taken, but renewed 20 s ago").isFalse();

        // the first instance dies: it renews no more
        clock.advance(Duration.ofSeconds(11));
        assertThat(second.acquire()).as("run out: taken over").isTrue();
        assertThat(first.acquire()).as("the old holder, back, waits its turn").isFalse();
        assertThat(mongo.getCollection(ScanLease.COLLECTION).countDocuments()).isEqualTo(1);

        second.release();
        assertThat(first.acquire()).as("given up on shutdown: taken at once").isTrue();
    }
}
