package org.commitmenttracker.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.commitmenttracker.events.CommitmentStatus;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class WebhookDeliveryIT extends NotifyIntegrationTest {

    @Test
    void registersAWebhookAndShowsItsSecretOnlyOnce() {
        WebhookReceiver.Hook hook = receiver.hook(call -> 200);
        Reply created = post("/api/webhooks", json.writeValueAsString(Map.of("url", hook.url(), "description", "newsroom")));

        assertThat(created.status()).isEqualTo(201);
        String id = created.body().get("id").asString();
        assertThat(created.location()).endsWith("/api/webhooks/" + id);
        assertThat(created.body().get("url").asString()).isEqualTo(hook.url());
        assertThat(Instant.parse(created.body().get("createdAt").asString())).isEqualTo(clock.instant());
        String secret = created.body().get("secret").asString();
        assertThat(secret).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.substring("whsec_".length()))).hasSize(24);

        JsonNode listed = get("/api/webhooks").body().valueStream()
                .filter(w -> w.get("id").asString().equals(id)).findFirst().orElseThrow();
        assertThat(listed.get("state").asString()).isEqualTo("active");
        assertThat(listed.get("url").asString()).isEqualTo(hook.url());
        assertThat(listed.has("secret")).isFalse();
        assertThat(listed.toString()).doesNotContain(secret.substring(6));
        assertThat(get("/api/webhooks/" + id).body().toString()).doesNotContain(secret.substring(6));
    }

    @Test
    void refusesAWebhookOnAPrivateAddressNamingUrl() {
        for (String url : List.of("http://10.0.0.1/hook", "http://169.254.169.254/latest/meta-data",
                "ftp://127.0.0.1/hook", "http://user:password@127.0.0.1/hook", "not a url")) {
            Reply refused = post("/api/webhooks", json.writeValueAsString(Map.of("url", url)));

            assertThat(refused.status()).as(url).isEqualTo(400);
            assertThat(refused.contentType()).isEqualTo("application/problem+json");
            assertThat(refused.body().get("type").asString()).isEqualTo("urn:commitment-tracker:problem:invalid-request");
            assertThat(refused.body().at("/errors/0/field").asString()).as(url).isEqualTo("url");
        }
        Reply missing = post("/api/webhooks", "{}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().at("/errors/0/field").asString()).isEqualTo("url");
    }

    @Test
    void aDeliveryLogOfAnUnknownWebhookIsNotFound() {
        assertThat(get("/api/webhooks/no-such-webhook/deliveries").status()).isEqualTo(404);
    }

    @Test
    void retriesAfterAServerErrorOnceTheBackoffHasPassedAndThenDelivers() throws Exception {
        WebhookReceiver.Hook hook = receiver.hook(earlier -> earlier == 0 ? 500 : 200);
        JsonNode webhook = register(hook, "commitment.overdue");
        String id = uniqueCommitmentId();
        LocalDate deadline = LocalDate.parse("2020-05-31");
        String messageId = alertEventId(id, deadline);
        events.publish(commitment(id, explicit(deadline), CommitmentStatus.OPEN));

        JsonNode waiting = await().atMost(Duration.ofSeconds(10))
                .until(() -> delivery(webhook.get("id").asString(), messageId), d -> d.isPresent() && d.get().get("attemptCount").asInt() == 1)
                .orElseThrow();
        assertThat(waiting.get("state").asString()).isEqualTo("pending");
        assertThat(waiting.at("/attempts/0/statusCode").asInt()).isEqualTo(500);
        // the next attempt waits for the first backoff (1 s, jittered by up to 20%) on the service's clock
        // (stored to the millisecond, so compared with the clock at that precision)
        Instant next = Instant.parse(waiting.get("nextAttemptAt").asString());
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        assertThat(next).isBetween(now.plusMillis(800), now.plusMillis(1200));

        clock.advance(Duration.ofSeconds(2));

        JsonNode delivered = await().atMost(Duration.ofSeconds(10))
                .until(() -> delivery(webhook.get("id").asString(), messageId), d -> d.isPresent() && d.get().get("state").asString().equals("delivered"))
                .orElseThrow();
        assertThat(delivered.get("attempts")).extracting(a -> a.get("statusCode").asInt()).containsExactly(500, 200);
        List<WebhookReceiver.Received> calls = hook.withMessageId(messageId);
        assertThat(calls).hasSize(2);
        for (WebhookReceiver.Received call : calls) {
            assertSignedWith(webhook.get("secret").asString(), call);
        }
        assertThat(calls.get(1).header("webhook-timestamp")).isEqualTo(Long.toString(clock.instant().getEpochSecond()));
        assertThat(calls.get(1).body()).isEqualTo(calls.get(0).body());
    }

    @Test
    void aReceiverAnsweringGoneDisablesItsWebhook() {
        WebhookReceiver.Hook hook = receiver.hook(earlier -> 410);
        JsonNode webhook = register(hook, "commitment.overdue");
        String id = uniqueCommitmentId();
        LocalDate deadline = LocalDate.parse("2020-05-31");
        events.publish(commitment(id, explicit(deadline), CommitmentStatus.OPEN));

        JsonNode disabled = await().atMost(Duration.ofSeconds(10))
                .until(() -> get("/api/webhooks/" + webhook.get("id").asString()).body(),
                        w -> w.get("state").asString().equals("disabled"));
        assertThat(disabled.get("disabledReason").asString()).contains("410");
        JsonNode failed = delivery(webhook.get("id").asString(), alertEventId(id, deadline)).orElseThrow();
        assertThat(failed.get("state").asString()).isEqualTo("failed");
        assertThat(failed.get("attempts")).hasSize(1);
    }

    @Test
    void givesUpWhenTheRetryWindowRunsOutAndDisablesTheWebhook() {
        WebhookReceiver.Hook hook = receiver.hook(earlier -> 503);
        JsonNode webhook = register(hook, "commitment.overdue");
        String id = uniqueCommitmentId();
        LocalDate deadline = LocalDate.parse("2020-05-31");
        String messageId = alertEventId(id, deadline);
        events.publish(commitment(id, explicit(deadline), CommitmentStatus.OPEN));

        for (int attempts = 1; attempts < 3; attempts++) {
            int made = attempts;
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> delivery(webhook.get("id").asString(), messageId), d -> d.isPresent() && d.get().get("attemptCount").asInt() == made);
            clock.advance(Duration.ofSeconds(3));
        }

        JsonNode failed = await().atMost(Duration.ofSeconds(10))
                .until(() -> delivery(webhook.get("id").asString(), messageId), d -> d.isPresent() && d.get().get("state").asString().equals("failed"))
                .orElseThrow();
        assertThat(failed.get("attemptCount").asInt()).isEqualTo(3);
        assertThat(failed.get("outcome").asString()).contains("retry window", "3 attempts");
        assertThat(hook.withMessageId(messageId)).hasSize(3);
        JsonNode disabled = get("/api/webhooks/" + webhook.get("id").asString()).body();
        assertThat(disabled.get("state").asString()).isEqualTo("disabled");
        assertThat(disabled.get("disabledReason").asString()).contains("3 attempts");
    }
}
