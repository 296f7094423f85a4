package org.commitmenttracker.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.commitmenttracker.events.CommitmentFound;
import org.commitmenttracker.events.CommitmentState;
import org.commitmenttracker.events.CommitmentStatus;
import org.commitmenttracker.events.CommitmentStatusChanged;
import org.commitmenttracker.events.Evidence;
import org.commitmenttracker.events.ReviewState;
import org.commitmenttracker.events.Topics;
import org.commitmenttracker.localinfra.TestInfrastructure;
import org.commitmenttracker.localinfra.TopicProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** commitment.found and commitment.status_changed, raised from the states as they are applied. */
class ChangeAlertsIT extends NotifyIntegrationTest {

    private static final LocalDate NEXT_YEAR = LocalDate.of(2099, 12, 31);
    private static TopicProbe alerts;

    @BeforeAll
    static void openProbe() {
        alerts = new TopicProbe(TestInfrastructure.endpoints().kafkaBootstrapServers(), Topics.ALERTS);
    }

    @AfterAll
    static void closeProbe() {
        alerts.close();
    }

    @Test
    void anAcceptedCommitmentIsFoundOnceAndOneWaitingForReviewOnlyWhenStaffConfirmIt() throws Exception {
        WebhookReceiver.Hook hook = receiver.hook(call -> 200);
        register(hook, "commitment.found");
        String accepted = uniqueCommitmentId();
        String waiting = uniqueCommitmentId();
        CommitmentState first = commitment(accepted, explicit(NEXT_YEAR), CommitmentStatus.OPEN);
        events.publishAll(List.of(first, first,
                state(waiting, 1, explicit(NEXT_YEAR), CommitmentStatus.OPEN, true, false, ReviewState.UNREVIEWED)));

        List<TopicProbe.Seen> found = await().atMost(Duration.ofSeconds(10))
                .until(() -> ofType(accepted, "found"), seen -> !seen.isEmpty());
        CommitmentFound event = json.readValue(found.get(0).value(), CommitmentFound.class);
        assertThat(event.review()).isEqualTo(ReviewState.ACCEPTED);
        assertThat(event.strength()).isEqualTo(first.strength());
        assertThat(event.action()).isEqualTo("publish the consultation");
        await().atMost(Duration.ofSeconds(10)).until(() -> hook.withMessageId(event.eventId()).size() == 1);

        // a later version of an accepted commitment is not found again; the one waiting is found once confirmed
        events.publishAll(List.of(state(accepted, 2, explicit(NEXT_YEAR), CommitmentStatus.IN_PROGRESS, true, false,
                ReviewState.CONFIRMED), state(waiting, 2, explicit(NEXT_YEAR), CommitmentStatus.OPEN, true, false,
                ReviewState.CONFIRMED)));
        await().atMost(Duration.ofSeconds(10)).until(() -> ofType(waiting, "found").size() == 1);
        assertThat(json.readValue(ofType(waiting, "found").get(0).value(), CommitmentFound.class).review())
                .isEqualTo(ReviewState.CONFIRMED);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> ofType(accepted, "found").size() == 1 && hook.withMessageId(event.eventId()).size() == 1);
    }

    @Test
    void eachStatusChangeRaisesOneAlertWithTheStatusBeforeItAndItsEvidence() throws Exception {
        WebhookReceiver.Hook hook = receiver.hook(call -> 200);
        register(hook, "commitment.status_changed");
        String id = uniqueCommitmentId();
        Evidence evidence = new Evidence("https://www.gov.uk/government/publications/the-consultation",
                "The consultation", LocalDate.parse("2020-04-01"));
        CommitmentState opened = commitment(id, explicit(NEXT_YEAR), CommitmentStatus.OPEN);
        CommitmentState delivered = withEvidence(state(id, 2, explicit(NEXT_YEAR), CommitmentStatus.DELIVERED, true, false,
                ReviewState.ACCEPTED), evidence);
        CommitmentState edited = withEvidence(state(id, 3, explicit(NEXT_YEAR), CommitmentStatus.DELIVERED, true, false,
                ReviewState.CONFIRMED), evidence);
        events.publishAll(List.of(opened, delivered, delivered, edited));

        List<TopicProbe.Seen> changed = await().atMost(Duration.ofSeconds(10))
                .until(() -> ofType(id, "status_changed"), seen -> !seen.isEmpty());
        CommitmentStatusChanged event = json.readValue(changed.get(0).value(), CommitmentStatusChanged.class);
        assertThat(event.previousStatus()).isEqualTo(CommitmentStatus.OPEN);
        assertThat(event.status()).isEqualTo(CommitmentStatus.DELIVERED);
        assertThat(event.version()).isEqualTo(2);
        assertThat(event.evidence()).containsExactly(evidence);
        WebhookReceiver.Received call = await().atMost(Duration.ofSeconds(10))
                .until(() -> hook.withMessageId(event.eventId()), calls -> !calls.isEmpty()).get(0);
        JsonNode envelope = json.readTree(call.body());
        assertThat(envelope.get("type").asString()).isEqualTo("commitment.status_changed");
        assertThat(envelope.at("/data/previousStatus").asString()).isEqualTo("open");

        // version 3 changed the review, not the status: no second alert
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> ofType(id, "status_changed").size() == 1);

        JsonNode listed = get("/api/alerts?type=commitment.status_changed&limit=500").body();
        assertThat(listed.valueStream().map(a -> a.get("type").asString()).collect(Collectors.toSet()))
                .containsExactly("commitment.status_changed");
        JsonNode mine = listed.valueStream().filter(a -> a.get("commitmentId").asString().equals(id)).findFirst().orElseThrow();
        assertThat(mine.get("previousStatus").asString()).isEqualTo("open");
        assertThat(mine.get("status").asString()).isEqualTo("delivered");
    }

    @Test
    void theAlertsListFiltersByTypeDepartmentAndTime() {
        String id = uniqueCommitmentId();
        events.publish(commitment(id, explicit(LocalDate.parse("2020-05-31")), CommitmentStatus.OPEN));
        await().atMost(Duration.ofSeconds(10)).until(() -> ofType(id, "overdue").size() == 1 && ofType(id, "found").size() == 1);

        Set<String> cabinet = types(get("/api/alerts?department=Cabinet Office&limit=500").body(), id);
        assertThat(cabinet).containsExactlyInAnyOrder("commitment.found", "commitment.overdue");
        assertThat(types(get("/api/alerts?department=Home Office&limit=500").body(), id)).isEmpty();
        assertThat(types(get("/api/alerts?type=commitment.overdue&type=commitment.due_soon&limit=500").body(), id))
                .containsExactly("commitment.overdue");
        String later = clock.instant().plusSeconds(60).toString();
        assertThat(types(get("/api/alerts?since=" + later + "&limit=500").body(), id)).isEmpty();
        assertThat(types(get("/api/alerts?since=" + today() + "&limit=500").body(), id)).hasSize(2);

        Reply badType = get("/api/alerts?type=commitment.late");
        assertThat(badType.status()).isEqualTo(400);
        assertThat(badType.body().at("/errors/0/field").asString()).isEqualTo("type");
        Reply badSince = get("/api/alerts?since=yesterday");
        assertThat(badSince.status()).isEqualTo(400);
        assertThat(badSince.body().at("/errors/0/field").asString()).isEqualTo("since");
    }

    private static Set<String> types(JsonNode listed, String commitmentId) {
        return listed.valueStream().filter(a -> a.get("commitmentId").asString().equals(commitmentId))
                .map(a -> a.get("type").asString()).collect(Collectors.toSet());
    }

    private static List<TopicProbe.Seen> ofType(String commitmentId, String type) {
        return alerts.withKey(commitmentId).stream()
                .filter(seen -> ("org.commitmenttracker.commitment." + type + ".v1").equals(seen.headers().get("ce_type")))
                .toList();
    }

    private static CommitmentState withEvidence(CommitmentState s, Evidence evidence) {
        return new CommitmentState(s.eventId(), s.occurredAt(), s.commitmentId(), s.version(), s.source(), s.quote(),
                s.action(), s.strength(), s.confidence(), s.deadline(), s.status(), s.review(), List.of(evidence),
                s.missingMeasure(), s.inLatestAnswer(), s.withdrawn(), s.tracked(), s.thread(), s.suggestedStatus());
    }
}
