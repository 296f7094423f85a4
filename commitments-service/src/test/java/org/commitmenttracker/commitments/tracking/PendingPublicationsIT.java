package org.commitmenttracker.commitments.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.commitmenttracker.commitments.store.Commitment;
import org.commitmenttracker.commitments.store.CommitmentStore;
import org.commitmenttracker.commitments.store.Finding;
import org.commitmenttracker.events.CommitmentSource;
import org.commitmenttracker.events.Deadline;
import org.commitmenttracker.events.DeadlineKind;
import org.commitmenttracker.events.Quote;
import org.commitmenttracker.events.ReviewState;
import org.commitmenttracker.events.Strength;
import org.commitmenttracker.events.Topics;
import org.commitmenttracker.localinfra.TestInfrastructure;
import org.commitmenttracker.localinfra.TestInfrastructureConfiguration;
import org.commitmenttracker.localinfra.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;

/** What a write stored but did not publish (the broker was down, the service stopped) is published by a later look. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@Import(TestInfrastructureConfiguration.class)
class PendingPublicationsIT {

    @Autowired
    CommitmentStore store;

    @Autowired
    PendingPublications pending;

    @Autowired
    StatePublisher publisher;

    @Autowired
    JsonMapper json;

    @Test
    void aStoredButUnpublishedChangeIsPublishedWithItsStateAndThenRecordedAsPublished() {
        String id = "cmt-pending-" + UUID.randomUUID();
        Instant now = Instant.parse("2024-01-10T09:00:00Z");
        Commitment stored = Commitment.extracted(id, new CommitmentSource("uk-parliament:commons:2024-01-02:1", "commons",
                        "Cabinet Office", null, null, LocalDate.of(2024, 1, 10), null, null),
                new Quote("We will publish the plan in the spring.", 0, 39), new Finding("publish the plan", Strength.FIRM,
                        new Deadline("in the spring", LocalDate.of(2024, 5, 31), DeadlineKind.EXPLICIT)),
                0.95, ReviewState.ACCEPTED, "event-1", now);
        // as a crash between the write and the publication leaves it
        assertThat(store.insert(stored)).isTrue();
        assertThat(store.awaitingPublication(10_000)).extracting(Commitment::id).contains(id);

        try (TopicProbe changes = new TopicProbe(TestInfrastructure.endpoints().kafkaBootstrapServers(), Topics.COMMITMENTS);
             TopicProbe states = new TopicProbe(TestInfrastructure.endpoints().kafkaBootstrapServers(), Topics.COMMITMENT_STATE)) {
            pending.publishPending();

            List<TopicProbe.Seen> change = await().atMost(Duration.ofSeconds(10)).until(() -> changes.withKey(id), r -> !r.isEmpty());
            assertThat(change.get(0).headers()).containsEntry("ce_type", "org.commitmenttracker.commitment.extracted.v1");
            List<TopicProbe.Seen> state = await().atMost(Duration.ofSeconds(10)).until(() -> states.withKey(id), r -> !r.isEmpty());
            assertThat(json.readTree(state.get(0).value()).get("version").asLong()).isEqualTo(1);
        }
        assertThat(store.find(id).orElseThrow().publishPending()).isFalse();
        assertThat(store.awaitingPublication(10_000)).extracting(Commitment::id).doesNotContain(id);
    }

    @Test
    void aStateThatReachesTheBrokerAfterANewerOneIsFollowedByTheNewerAgain() {
        String id = "cmt-order-" + UUID.randomUUID();
        Instant now = Instant.parse("2024-01-10T09:00:00Z");
        Commitment first = Commitment.extracted(id, new CommitmentSource("uk-parliament:commons:2024-01-02:2", "commons",
                        "Cabinet Office", null, null, LocalDate.of(2024, 1, 10), null, null),
                new Quote("We will publish the plan.", 0, 25), new Finding("publish the plan", Strength.FIRM,
                        Deadline.none()), 0.95, ReviewState.ACCEPTED, "event-1", now);
        assertThat(store.insert(first)).isTrue();
        Commitment second = first.reviewed(ReviewState.CONFIRMED, "editor-1", null, now);
        assertThat(store.writeAll(List.of(new CommitmentStore.Write(first, second)))).isEmpty();
        publisher.publish(List.of(second));

        // a publisher that read version 1 before version 2 was written sends it late
        publisher.publish(List.of(first));

        try (TopicProbe states = new TopicProbe(TestInfrastructure.endpoints().kafkaBootstrapServers(), Topics.COMMITMENT_STATE)) {
            List<Long> versions = await().atMost(Duration.ofSeconds(10)).until(() -> states.withKey(id).stream()
                    .map(r -> json.readTree(r.value()).get("version").asLong()).toList(), v -> v.size() >= 3);
            assertThat(versions).containsExactly(2L, 1L, 2L);
        }
    }
}
