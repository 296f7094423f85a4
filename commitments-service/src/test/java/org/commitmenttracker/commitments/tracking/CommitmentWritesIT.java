package org.commitmenttracker.commitments.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.commitmenttracker.commitments.store.Change;
import org.commitmenttracker.commitments.store.Commitment;
import org.commitmenttracker.commitments.store.CommitmentStore;
import org.commitmenttracker.commitments.store.Finding;
import org.commitmenttracker.events.CommitmentSource;
import org.commitmenttracker.events.Deadline;
import org.commitmenttracker.events.Quote;
import org.commitmenttracker.events.ReviewState;
import org.commitmenttracker.events.Strength;
import org.commitmenttracker.localinfra.TestInfrastructureConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** Writes to one commitment at once never overwrite each other unseen: each makes its own version. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@Import(TestInfrastructureConfiguration.class)
class CommitmentWritesIT {

    private static final int WRITERS = 4;

    @Autowired
    CommitmentWrites writes;

    @Autowired
    CommitmentStore store;

    @Test
    void concurrentChangesEachMakeAVersionAndNoneIsLost() throws Exception {
        String id = "cmt-writes-" + UUID.randomUUID();
        Instant now = Instant.parse("2024-01-10T09:00:00Z");
        Commitment first = Commitment.extracted(id, new CommitmentSource("uk-parliament:commons:2024-01-02:1", "commons",
                        "Cabinet Office", null, null, LocalDate.of(2024, 1, 10), null, null),
                new Quote("We will publish the plan.", 0, 25), new Finding("publish the plan", Strength.FIRM, Deadline.none()),
                0.95, ReviewState.ACCEPTED, "event-1", now);
        assertThat(writes.apply(id, stored -> stored.isEmpty() ? Optional.of(first) : Optional.empty())).isPresent();
        assertThat(writes.apply(id, stored -> stored.isEmpty() ? Optional.of(first) : Optional.empty()))
                .as("a change that changes nothing").isEmpty();

        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Optional<Commitment>>> results = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            String action = "publish the plan, version " + i;
            results.add(pool.submit(() -> {
                start.await();
                return writes.apply(id, stored -> stored.flatMap(c -> c.reExtracted(withAction(c, action), now)));
            }));
        }
        start.countDown();
        for (Future<Optional<Commitment>> result : results) {
            assertThat(result.get()).isPresent();
        }
        pool.shutdown();

        Commitment last = store.find(id).orElseThrow();
        assertThat(last.version()).isEqualTo(1 + WRITERS);
        assertThat(last.history()).extracting(Change::version).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    private static Commitment withAction(Commitment c, String action) {
        return Commitment.extracted(c.id(), c.source(), c.quote(), new Finding(action, c.strength(), c.deadline()),
                c.confidence(), c.review(), "event-2", c.updatedAt());
    }
}
