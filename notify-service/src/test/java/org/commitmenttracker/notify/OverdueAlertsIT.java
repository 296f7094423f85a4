package org.commitmenttracker.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.commitmenttracker.events.CommitmentDueSoon;
import org.commitmenttracker.events.CommitmentOverdue;
import org.commitmenttracker.events.CommitmentState;
import org.commitmenttracker.events.CommitmentStatus;
import org.commitmenttracker.events.Deadline;
import org.commitmenttracker.events.DeadlineKind;
import org.commitmenttracker.events.ReviewState;
import org.commitmenttracker.events.Topics;
import org.commitmenttracker.localinfra.TestInfrastructure;
import org.commitmenttracker.localinfra.TopicProbe;
import org.commitmenttracker.notify.alerts.Alert;
import org.commitmenttracker.notify.alerts.AlertStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class OverdueAlertsIT extends NotifyIntegrationTest {

    private static TopicProbe alerts;

    @Autowired
    AlertStore alertStore;

    @BeforeAll
    static void openProbe() {
        alerts = new TopicProbe(TestInfrastructure.endpoints().kafkaBootstrapServers(), Topics.ALERTS);
    }

    @AfterAll
    static void closeProbe() {
        alerts.close();
    }

    @Test
    void alertsOnceOnKafkaAndByWebhookForACommitmentThatArrivesOverdueEvenWhenItsEventComesTwice() throws Exception {
        WebhookReceiver.Hook hook = receiver.hook(call -> 200);
        JsonNode webhook = register(hook);
        String id = uniqueCommitmentId();
        LocalDate deadline = LocalDate.parse("2020-05-31");
        CommitmentState extracted = commitment(id, explicit(deadline), CommitmentStatus.OPEN);

        events.publishAll(List.of(extracted, extracted));

        List<TopicProbe.Seen> raised = await().atMost(Duration.ofSeconds(10)).until(() -> overdueAlerts(id), r -> !r.isEmpty());
        String eventId = alertEventId(id, deadline);
        assertThat(raised.get(0).headers())
                .containsEntry("ce_specversion", "1.0")
                .containsEntry("ce_type", "org.commitmenttracker.commitment.overdue.v1")
                .containsEntry("ce_subject", id)
                .containsEntry("ce_source", "/notify-service")
                .containsEntry("ce_id", eventId)
                .containsEntry("content-type", "application/json");
        CommitmentOverdue overdue = json.readValue(raised.get(0).value(), CommitmentOverdue.class);
        assertThat(overdue.eventId()).isEqualTo(eventId);
        assertThat(overdue.deadline()).isEqualTo(extracted.deadline());
        assertThat(overdue.overdueSince()).isEqualTo("2020-06-01");
        assertThat(overdue.source().department()).isEqualTo("Cabinet Office");
        assertThat(overdue.occurredAt()).isEqualTo(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));

        WebhookReceiver.Received call = await().atMost(Duration.ofSeconds(10))
                .until(() -> hook.withMessageId(eventId), calls -> !calls.isEmpty()).get(0);
        assertSignedWith(webhook.get("secret").asString(), call);
        assertThat(call.header("webhook-timestamp")).isEqualTo(Long.toString(clock.instant().getEpochSecond()));
        assertThat(call.header("content-type")).startsWith("application/json");
        assertThat(call.header("user-agent")).isEqualTo("commitment-tracker-notify");
        // the Standard Webhooks envelope, around the same JSON as on Kafka
        JsonNode envelope = json.readTree(call.body());
        assertThat(envelope.get("type").asString()).isEqualTo("commitment.overdue");
        assertThat(java.time.Instant.parse(envelope.get("timestamp").asString())).isEqualTo(overdue.occurredAt());
        assertThat(envelope.get("data")).isEqualTo(json.readTree(raised.get(0).value()));

        // the same event once more, after the alert: still one alert and one call
        events.publish(extracted);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .until(() -> overdueAlerts(id).size() == 1 && hook.withMessageId(eventId).size() == 1);

        JsonNode deliveries = get("/api/webhooks/" + webhook.get("id").asString() + "/deliveries").body();
        List<JsonNode> forThisAlert = deliveries.valueStream()
                .filter(d -> d.get("messageId").asString().equals(eventId)).toList();
        assertThat(forThisAlert).hasSize(1);
        assertThat(forThisAlert.get(0).get("state").asString()).isEqualTo("delivered");
        assertThat(forThisAlert.get(0).get("attempts")).hasSize(1);
        assertThat(forThisAlert.get(0).at("/attempts/0/statusCode").asInt()).isEqualTo(200);

        JsonNode listed = get("/api/alerts?type=commitment.overdue&limit=500").body().valueStream()
                .filter(a -> a.get("commitmentId").asString().equals(id)).findFirst().orElseThrow();
        assertThat(listed.get("state").asString()).isEqualTo("published");
        assertThat(listed.get("action").asString()).isEqualTo("publish the consultation");
        assertThat(listed.get("department").asString()).isEqualTo("Cabinet Office");
        assertThat(listed.get("deadline").asString()).isEqualTo("2020-05-31");
        assertThat(listed.get("overdueSince").asString()).isEqualTo("2020-06-01");
        assertThat(listed.get("raisedAt").asString()).isNotBlank();
    }

    @Test
    void aFutureDeadlineRaisesNoOverdueAlertUntilTheClockPassesIt() {
        String future = uniqueCommitmentId();
        String control = uniqueCommitmentId();
        LocalDate tomorrow = today().plusDays(1);
        events.publishAll(List.of(commitment(future, explicit(tomorrow), CommitmentStatus.OPEN),
                commitment(control, explicit(today().minusDays(1)), CommitmentStatus.IN_PROGRESS)));

        // the control proves the listener and the scan have run since
        await().atMost(Duration.ofSeconds(10)).until(() -> !overdueAlerts(control).isEmpty());
        await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3)).until(() -> overdueAlerts(future).isEmpty());

        clock.advance(Duration.ofDays(1));
        try {
            // due today is not overdue yet
            await().during(Duration.ofMillis(1000)).atMost(Duration.ofSeconds(3)).until(() -> overdueAlerts(future).isEmpty());
            clock.advance(Duration.ofDays(1));
            List<TopicProbe.Seen> raised = await().atMost(Duration.ofSeconds(10))
                    .until(() -> overdueAlerts(future), r -> !r.isEmpty());
            CommitmentOverdue overdue = json.readValue(raised.get(0).value(), CommitmentOverdue.class);
            assertThat(overdue.overdueSince()).isEqualTo(tomorrow.plusDays(1));
        } finally {
            clock.advance(Duration.ofDays(-2));
        }
    }

    @Test
    void aDeadlineWithinTheLeadTimeRaisesOneDueSoonAlertAndLaterTheOverdueOne() throws Exception {
        WebhookReceiver.Hook hook = receiver.hook(call -> 200);
        register(hook);
        String id = uniqueCommitmentId();
        String later = uniqueCommitmentId();
        LocalDate deadline = today().plusDays(10);
        events.publishAll(List.of(commitment(id, explicit(deadline), CommitmentStatus.OPEN),
                commitment(later, explicit(today().plusDays(15)), CommitmentStatus.OPEN)));

        List<TopicProbe.Seen> dueSoon = await().atMost(Duration.ofSeconds(10))
                .until(() -> alertsOfType(id, "org.commitmenttracker.commitment.due_soon.v1"), r -> !r.isEmpty());
        CommitmentDueSoon event = json.readValue(dueSoon.get(0).value(), CommitmentDueSoon.class);
        assertThat(event.dueOn()).isEqualTo(deadline);
        assertThat(dueSoon.get(0).headers()).containsEntry("ce_id", event.eventId()).containsEntry("ce_subject", id);
        await().atMost(Duration.ofSeconds(10)).until(() -> hook.withMessageId(event.eventId()).size() == 1);
        assertThat(alertsOfType(later, "org.commitmenttracker.commitment.due_soon.v1")).as("15 days away").isEmpty();

        clock.advance(Duration.ofDays(11));
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> !overdueAlerts(id).isEmpty());
            assertThat(alertsOfType(id, "org.commitmenttracker.commitment.due_soon.v1")).as("once").hasSize(1);
            assertThat(alertsOfType(later, "org.commitmenttracker.commitment.due_soon.v1"))
                    .as("within 14 days now").hasSize(1);
        } finally {
            clock.advance(Duration.ofDays(-11));
        }
        JsonNode listed = get("/api/alerts?limit=500").body().valueStream()
                .filter(a -> a.get("id").asString().equals(id + ":" + deadline + ":due_soon")).findFirst().orElseThrow();
        assertThat(listed.get("type").asString()).isEqualTo("commitment.due_soon");
        assertThat(listed.get("dueOn").asString()).isEqualTo(deadline.toString());
    }

    @Test
    void aWithdrawnQuestionsCommitmentRaisesOneWithdrawnAlertAndNoOverdueOne() {
        WebhookReceiver.Hook hook = receiver.hook(call -> 200);
        register(hook);
        String id = uniqueCommitmentId();
        Deadline passed = explicit(LocalDate.parse("2020-05-31"));
        CommitmentState withdrawnState = state(id, 2, passed, CommitmentStatus.OPEN, false, true, ReviewState.ACCEPTED);

        events.publishAll(List.of(withdrawnState, withdrawnState));

        List<TopicProbe.Seen> raised = await().atMost(Duration.ofSeconds(10))
                .until(() -> alertsOfType(id, "org.commitmenttracker.commitment.withdrawn.v1"), r -> !r.isEmpty());
        String eventId = raised.get(0).headers().get("ce_id");
        await().atMost(Duration.ofSeconds(10)).until(() -> hook.withMessageId(eventId).size() == 1);
        assertThat(json.readTree(hook.withMessageId(eventId).get(0).body()).get("type").asString())
                .isEqualTo("commitment.withdrawn");
        // a later state of the same withdrawn commitment raises no second alert
        events.publish(state(id, 3, passed, CommitmentStatus.DROPPED, false, true, ReviewState.ACCEPTED));
        await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3)).until(() ->
                alertsOfType(id, "org.commitmenttracker.commitment.withdrawn.v1").size() == 1 && overdueAlerts(id).isEmpty());
    }

    private List<TopicProbe.Seen> overdueAlerts(String key) {
        return alertsOfType(key, "org.commitmenttracker.commitment.overdue.v1");
    }

    private List<TopicProbe.Seen> alertsOfType(String key, String type) {
        return alerts.withKey(key).stream().filter(r -> type.equals(r.headers().get("ce_type"))).toList();
    }

    @Test
    void commitmentsWithoutADeadlineOrAlreadyDeliveredNeverAlert() {
        String delivered = uniqueCommitmentId();
        String noDeadline = uniqueCommitmentId();
        String control = uniqueCommitmentId();
        events.publishAll(List.of(
                commitment(delivered, explicit(LocalDate.parse("2020-05-31")), CommitmentStatus.DELIVERED),
                commitment(noDeadline, new Deadline("in due course", LocalDate.parse("2020-05-31"), DeadlineKind.NONE),
                        CommitmentStatus.OPEN),
                commitment(control, new Deadline("in due course", LocalDate.parse("2020-05-31"), DeadlineKind.IMPLIED),
                        CommitmentStatus.OPEN)));

        await().atMost(Duration.ofSeconds(10)).until(() -> !overdueAlerts(control).isEmpty());
        await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3))
                .until(() -> overdueAlerts(delivered).isEmpty() && overdueAlerts(noDeadline).isEmpty());
    }

    @Test
    void aRevisedDeadlineAlertsAgain() {
        String id = uniqueCommitmentId();
        events.publish(commitment(id, explicit(LocalDate.parse("2020-05-31")), CommitmentStatus.OPEN));
        await().atMost(Duration.ofSeconds(10)).until(() -> overdueAlerts(id).size() == 1);

        events.publish(state(id, 2, explicit(LocalDate.parse("2021-03-31")), CommitmentStatus.OPEN, true, false,
                ReviewState.CONFIRMED));

        List<TopicProbe.Seen> raised = await().atMost(Duration.ofSeconds(10)).until(() -> overdueAlerts(id), r -> r.size() == 2);
        assertThat(raised).extracting(r -> r.headers().get("ce_id")).containsExactly(
                alertEventId(id, LocalDate.parse("2020-05-31")), alertEventId(id, LocalDate.parse("2021-03-31")));
    }

    @Test
    void aCommitmentDroppedWithdrawnOrRejectedNeverAlertsEvenWhenAnOlderOverdueStateArrivesAfter() {
        Deadline passed = explicit(LocalDate.parse("2020-05-31"));
        String dropped = uniqueCommitmentId();
        String withdrawn = uniqueCommitmentId();
        String rejected = uniqueCommitmentId();
        String control = uniqueCommitmentId();
        // each newer state first, then the older overdue one it replaced, as a replay or a reordering would give them
        events.publishAll(List.of(
                state(dropped, 2, passed, CommitmentStatus.OPEN, false, false, ReviewState.ACCEPTED),
                state(withdrawn, 2, passed, CommitmentStatus.OPEN, false, true, ReviewState.ACCEPTED),
                state(rejected, 3, passed, CommitmentStatus.OPEN, true, false, ReviewState.REJECTED),
                commitment(dropped, passed, CommitmentStatus.OPEN),
                commitment(withdrawn, passed, CommitmentStatus.OPEN),
                state(rejected, 2, passed, CommitmentStatus.OPEN, true, false, ReviewState.CONFIRMED),
                // the control has the same history without the newer state, and alerts
                commitment(control, passed, CommitmentStatus.OPEN)));

        await().atMost(Duration.ofSeconds(10)).until(() -> !overdueAlerts(control).isEmpty());
        // no overdue alert for any of them (the withdrawn one has its commitment.withdrawn alert instead)
        await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3)).until(() -> overdueAlerts(dropped).isEmpty()
                && overdueAlerts(withdrawn).isEmpty() && overdueAlerts(rejected).isEmpty());
    }

    @Test
    void aCommitmentThatComesBackIntoItsAnswerIsTrackedAgain() {
        String id = uniqueCommitmentId();
        Deadline passed = explicit(LocalDate.parse("2020-05-31"));
        events.publish(state(id, 1, passed, CommitmentStatus.OPEN, false, false, ReviewState.ACCEPTED));
        String control = uniqueCommitmentId();
        events.publish(commitment(control, passed, CommitmentStatus.OPEN));
        await().atMost(Duration.ofSeconds(10)).until(() -> !overdueAlerts(control).isEmpty());
        assertThat(overdueAlerts(id)).isEmpty();

        events.publish(state(id, 2, passed, CommitmentStatus.OPEN, true, false, ReviewState.ACCEPTED));

        await().atMost(Duration.ofSeconds(10)).until(() -> overdueAlerts(id).size() == 1);
    }

    @Test
    void anAlertLeftPendingIsPublishedByALaterScanWithItsEventId() {
        String id = uniqueCommitmentId();
        LocalDate deadline = LocalDate.parse("2024-03-31");
        CommitmentState c = commitment(id, explicit(deadline), CommitmentStatus.OPEN);
        CommitmentOverdue event = new CommitmentOverdue(alertEventId(id, deadline), clock.instant(), id, c.source(),
                c.action(), c.quote(), c.deadline(), c.status(), deadline.plusDays(1));
        // as a crash between raising and publishing leaves it: pending, its lease run out
        Alert pending = Alert.pending(id + ":" + deadline, event, clock.instant());
        assertThat(alertStore.insertAllPending(List.of(pending), clock.instant())).containsExactly(pending);

        List<TopicProbe.Seen> published = await().atMost(Duration.ofSeconds(10))
                .until(() -> overdueAlerts(id), r -> !r.isEmpty());
        assertThat(published).hasSize(1);
        assertThat(published.get(0).headers()).containsEntry("ce_id", event.eventId());
        await().atMost(Duration.ofSeconds(5)).until(() -> get("/api/alerts?limit=500").body().valueStream()
                .anyMatch(a -> a.get("id").asString().equals(id + ":" + deadline)
                        && a.get("state").asString().equals("published")));
    }

    @Test
    void aBulkInsertOfAlertsInsertsOnlyThoseNotRaisedBeforeInOrder() {
        String id = uniqueCommitmentId();
        CommitmentState c = commitment(id, explicit(LocalDate.parse("2024-03-31")), CommitmentStatus.OPEN);
        List<Alert> alerts = new java.util.ArrayList<>();
        for (String deadline : List.of("2024-01-31", "2024-02-29", "2024-03-31")) {
            LocalDate day = LocalDate.parse(deadline);
            alerts.add(Alert.pending(id + ":" + deadline, new CommitmentOverdue(alertEventId(id, day), clock.instant(), id,
                    c.source(), c.action(), c.quote(), c.deadline(), c.status(), day.plusDays(1)), clock.instant()));
        }
        // leased far ahead, so that no scan publishes them meanwhile
        java.time.Instant leaseUntil = clock.instant().plus(Duration.ofDays(1));

        assertThat(alertStore.insertAllPending(alerts.subList(0, 2), leaseUntil)).extracting(Alert::id)
                .containsExactly(id + ":2024-01-31", id + ":2024-02-29");
        assertThat(alertStore.insertAllPending(List.of(alerts.get(2), alerts.get(1), alerts.get(0)), leaseUntil))
                .extracting(Alert::id).containsExactly(id + ":2024-03-31");
        assertThat(alertStore.insertAllPending(alerts, leaseUntil)).isEmpty();
        assertThat(alertStore.insertAllPending(List.of(), leaseUntil)).isEmpty();
    }

    @Test
    void listsAlertsNewestFirstAndRefusesAnUnreasonableLimit() {
        String older = uniqueCommitmentId();
        events.publish(commitment(older, explicit(LocalDate.parse("2020-05-31")), CommitmentStatus.OPEN));
        await().atMost(Duration.ofSeconds(10)).until(() -> !overdueAlerts(older).isEmpty());
        clock.advance(Duration.ofSeconds(1));
        String newer = uniqueCommitmentId();
        events.publish(commitment(newer, explicit(LocalDate.parse("2020-05-31")), CommitmentStatus.OPEN));
        await().atMost(Duration.ofSeconds(10)).until(() -> !overdueAlerts(newer).isEmpty());

        List<JsonNode> listed = get("/api/alerts?limit=500").body().valueStream().toList();
        List<String> ids = listed.stream().map(a -> a.get("commitmentId").asString()).toList();
        assertThat(ids.indexOf(newer)).isNotNegative().isLessThan(ids.indexOf(older));
        assertThat(listed.stream().map(a -> java.time.Instant.parse(a.get("raisedAt").asString())).toList())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(get("/api/alerts?limit=1").body()).hasSize(1);

        Reply refused = get("/api/alerts?limit=0");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().at("/errors/0/field").asString()).isEqualTo("limit");
    }
}
