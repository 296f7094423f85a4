package org.commitmenttracker.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.standardwebhooks.Webhook;
import org.commitmenttracker.events.CommitmentState;
import org.commitmenttracker.events.CommitmentStatus;
import org.commitmenttracker.events.Topics;
import org.commitmenttracker.localinfra.TestInfrastructure;
import org.commitmenttracker.localinfra.TopicProbe;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Webhook subscriptions as an admin manages them: filters, rotation, ping, redelivery, disabling and enabling. */
class WebhookSubscriptionsIT extends NotifyIntegrationTest {

    private static final LocalDate PASSED = LocalDate.parse("2020-05-31");

    @Test
    void aDepartmentFilterFollowsRenamesAndATypeFilterKeepsOtherAlertsOut() {
        WebhookReceiver.Hook energy = receiver.hook(call -> 200);
        Reply created = post("/api/webhooks", json.writeValueAsString(Map.of("url", energy.url(),
                "types", List.of("commitment.overdue"), "departments", List.of("Department of Energy and Climate Change"))));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().at("/filter/departments/0").asString()).isEqualTo("Department of Energy and Climate Change");
        WebhookReceiver.Hook everything = receiver.hook(call -> 200);
        register(everything);

        String desnz = uniqueCommitmentId();
        String cabinet = uniqueCommitmentId();
        events.publishAll(List.of(inDepartment(desnz, "Department for Energy Security and Net Zero"),
                commitment(cabinet, explicit(PASSED), CommitmentStatus.OPEN)));

        // the subscription to everything proves both alerts went out
        await().atMost(Duration.ofSeconds(10)).until(() -> !everything.withMessageId(alertEventId(cabinet, PASSED)).isEmpty()
                && !everything.withMessageId(alertEventId(desnz, PASSED)).isEmpty());
        await().atMost(Duration.ofSeconds(10)).until(() -> energy.withMessageId(alertEventId(desnz, PASSED)).size() == 1);
        assertThat(energy.withMessageId(alertEventId(cabinet, PASSED))).isEmpty();
        assertThat(energy.all()).as("no found alert: the filter wants overdue ones")
                .allMatch(call -> call.body().contains("\"type\":\"commitment.overdue\""));

        Reply unknown = post("/api/webhooks", json.writeValueAsString(Map.of("url", energy.url(),
                "types", List.of("commitment.late"))));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().at("/errors/0/field").asString()).isEqualTo("types");
        assertThat(unknown.body().at("/errors/0/message").asString()).contains("commitment.late", "commitment.overdue");
    }

    @Test
    void aRotatedSecretSignsBesideTheNewOneForTheGracePeriodThenNoMore() throws Exception {
        WebhookReceiver.Hook hook = receiver.hook(call -> 200);
        JsonNode webhook = register(hook, "commitment.overdue");
        String id = webhook.get("id").asString();
        String old = webhook.get("secret").asString();

        Reply rotated = post("/api/webhooks/" + id + "/rotate-secret");
        assertThat(rotated.status()).isEqualTo(200);
        String fresh = rotated.body().get("secret").asString();
        assertThat(fresh).startsWith("whsec_").isNotEqualTo(old);
        assertThat(Instant.parse(rotated.body().get("previousSecretValidUntil").asString()))
                .isEqualTo(clock.instant().plus(Duration.ofHours(24)));
        assertThat(get("/api/webhooks/" + id).body().toString()).doesNotContain(fresh.substring(6), old.substring(6));

        String during = uniqueCommitmentId();
        events.publish(commitment(during, explicit(PASSED), CommitmentStatus.OPEN));
        WebhookReceiver.Received signedTwice = await().atMost(Duration.ofSeconds(10))
                .until(() -> hook.withMessageId(alertEventId(during, PASSED)), calls -> !calls.isEmpty()).get(0);
        assertThat(signedTwice.header("webhook-signature").split(" ")).hasSize(2);
        assertSignedWith(fresh, signedTwice);
        assertSignedWith(old, signedTwice);

        clock.advance(Duration.ofHours(25));
        String after = uniqueCommitmentId();
        events.publish(commitment(after, explicit(PASSED), CommitmentStatus.OPEN));
        WebhookReceiver.Received signedOnce = await().atMost(Duration.ofSeconds(10))
                .until(() -> hook.withMessageId(alertEventId(after, PASSED)), calls -> !calls.isEmpty()).get(0);
        assertThat(signedOnce.header("webhook-signature").split(" ")).hasSize(1);
        assertSignedWith(fresh, signedOnce);
        String withOld = new Webhook(old).sign(signedOnce.header("webhook-id"),
                Long.parseLong(signedOnce.header("webhook-timestamp")), signedOnce.body());
        assertThat(signedOnce.header("webhook-signature")).isNotEqualTo(withOld);
    }

    @Test
    void aPingIsSignedAndLoggedWithTheReceiversAnswer() throws Exception {
        WebhookReceiver.Hook hook = receiver.hook(call -> 200);
        JsonNode webhook = register(hook, "commitment.withdrawn");
        String id = webhook.get("id").asString();

        Reply ping = post("/api/webhooks/" + id + "/ping");
        assertThat(ping.status()).isEqualTo(202);
        String messageId = ping.body().get("messageId").asString();

        WebhookReceiver.Received call = await().atMost(Duration.ofSeconds(10))
                .until(() -> hook.withMessageId(messageId), calls -> !calls.isEmpty()).get(0);
        assertSignedWith(webhook.get("secret").asString(), call);
        JsonNode body = json.readTree(call.body());
        assertThat(body.get("type").asString()).isEqualTo("webhook.ping");
        assertThat(body.at("/data/webhookId").asString()).isEqualTo(id);

        JsonNode logged = await().atMost(Duration.ofSeconds(10)).until(() -> delivery(id, messageId),
                d -> d.isPresent() && d.get().get("state").asString().equals("delivered")).orElseThrow();
        assertThat(logged.get("eventType").asString()).isEqualTo("webhook.ping");
        assertThat(logged.at("/attempts/0/statusCode").asInt()).isEqualTo(200);
        assertThat(logged.at("/attempts/0/responseExcerpt").asString()).isEqualTo("received " + messageId);
        assertThat(logged.at("/attempts/0/durationMillis").isNumber()).isTrue();
    }

    @Test
    void aDeliveredAlertIsRedeliveredOnRequestWithTheSameWebhookId() throws Exception {
        WebhookReceiver.Hook hook = receiver.hook(call -> 200);
        JsonNode webhook = register(hook, "commitment.overdue");
        String id = webhook.get("id").asString();
        String commitment = uniqueCommitmentId();
        String messageId = alertEventId(commitment, PASSED);
        events.publish(commitment(commitment, explicit(PASSED), CommitmentStatus.OPEN));
        JsonNode delivered = await().atMost(Duration.ofSeconds(10)).until(() -> delivery(id, messageId),
                d -> d.isPresent() && d.get().get("state").asString().equals("delivered")).orElseThrow();

        Reply again = post("/api/webhooks/" + id + "/deliveries/" + delivered.get("id").asString() + "/redeliver");
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.body().get("state").asString()).isEqualTo("pending");

        await().atMost(Duration.ofSeconds(10)).until(() -> hook.withMessageId(messageId).size() == 2);
        List<WebhookReceiver.Received> calls = hook.withMessageId(messageId);
        assertThat(calls.get(1).body()).isEqualTo(calls.get(0).body());
        assertSignedWith(webhook.get("secret").asString(), calls.get(1));
        JsonNode log = await().atMost(Duration.ofSeconds(10)).until(() -> delivery(id, messageId),
                d -> d.get().get("state").asString().equals("delivered") && d.get().get("attempts").size() == 2).orElseThrow();
        assertThat(log.get("attemptCount").asInt()).isEqualTo(2);

        assertThat(post("/api/webhooks/" + id + "/deliveries/no-such-delivery/redeliver").status()).isEqualTo(404);
    }

    @Test
    void aGoneReceiverDisablesItsSubscriptionWhichIsPublishedAndAnAdminEnablesItAgain() {
        try (TopicProbe disablings = new TopicProbe(TestInfrastructure.endpoints().kafkaBootstrapServers(), Topics.WEBHOOKS)) {
            WebhookReceiver.Hook hook = receiver.hook(call -> 410);
            JsonNode webhook = register(hook, "commitment.overdue");
            String id = webhook.get("id").asString();
            events.publish(commitment(uniqueCommitmentId(), explicit(PASSED), CommitmentStatus.OPEN));

            List<TopicProbe.Seen> published = await().atMost(Duration.ofSeconds(15))
                    .until(() -> disablings.withKey(id), seen -> !seen.isEmpty());
            assertThat(published).hasSize(1);
            assertThat(published.get(0).headers()).containsEntry("ce_type", "org.commitmenttracker.webhook.disabled.v1")
                    .containsEntry("ce_subject", id);
            JsonNode event = json.readTree(published.get(0).value());
            assertThat(event.get("reason").asString()).contains("410");
            assertThat(event.get("url").asString()).isEqualTo(hook.url());
            assertThat(get("/api/webhooks/" + id).body().get("state").asString()).isEqualTo("disabled");

            Reply refused = post("/api/webhooks/" + id + "/ping");
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.body().at("/errors/0/message").asString()).contains("enable it first");

            Reply enabled = post("/api/webhooks/" + id + "/enable");
            assertThat(enabled.status()).isEqualTo(200);
            assertThat(enabled.body().get("state").asString()).isEqualTo("active");
            assertThat(enabled.body().get("disabledReason").isNull()).isTrue();
        }
    }

    @Test
    void anAdminChangesTheFilterAndRemovesTheSubscription() {
        WebhookReceiver.Hook hook = receiver.hook(call -> 200);
        JsonNode webhook = register(hook);
        String id = webhook.get("id").asString();

        Reply changed = patch("/api/webhooks/" + id, json.writeValueAsString(Map.of("keywords", List.of("imprints"),
                "description", "imprints desk")));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().at("/filter/keywords/0").asString()).isEqualTo("imprints");
        assertThat(changed.body().get("description").asString()).isEqualTo("imprints desk");
        assertThat(changed.body().get("url").asString()).isEqualTo(hook.url());

        Reply private_ = patch("/api/webhooks/" + id, json.writeValueAsString(Map.of("url", "http://10.0.0.1/hook")));
        assertThat(private_.status()).isEqualTo(400);
        assertThat(get("/api/webhooks/" + id).body().get("url").asString()).isEqualTo(hook.url());

        assertThat(delete("/api/webhooks/" + id).status()).isEqualTo(204);
        assertThat(get("/api/webhooks/" + id).status()).isEqualTo(404);
        assertThat(delete("/api/webhooks/" + id).status()).isEqualTo(404);
    }

    private static CommitmentState inDepartment(String id, String department) {
        CommitmentState state = commitment(id, explicit(PASSED), CommitmentStatus.OPEN);
        return answeredBy(state, department, state.action());
    }
}
