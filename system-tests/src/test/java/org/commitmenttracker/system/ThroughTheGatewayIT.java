package org.commitmenttracker.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.commitmenttracker.events.Topics;
import org.commitmenttracker.localinfra.TestInfrastructure;
import org.commitmenttracker.localinfra.TopicProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole system, end to end through the gateway: the four services as processes, a real Kafka broker and the
 * MongoDB wire server, a webhook consumer on loopback.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ThroughTheGatewayIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String OVERDUE_TEXT = "We will publish the rural connectivity strategy in the spring of 2020.";

    private static RunningSystem system;
    private static WebhookReceiver receiver;
    private static TopicProbe answers;
    private static TopicProbe alerts;

    @BeforeAll
    static void start() {
        receiver = new WebhookReceiver();
        system = RunningSystem.start("127.0.0.1");
        String bootstrap = TestInfrastructure.endpoints().kafkaBootstrapServers();
        answers = new TopicProbe(bootstrap, Topics.ANSWERS);
        alerts = new TopicProbe(bootstrap, Topics.ALERTS);
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
        receiver.close();
        answers.close();
        alerts.close();
    }

    @Test
    @Order(1)
    void healthIsPublicAndAggregated() {
        Reply health = call("GET", "/actuator/health", null, null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body().get("status").asString()).isEqualTo("UP");
    }

    @Test
    @Order(2)
    void withoutAKeyTheApiAnswers401AsAProblemDetail() {
        Reply reply = call("GET", "/api/commitments", null, null);
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body().get("status").asInt()).isEqualTo(401);
    }

    @Test
    @Order(3)
    void aViewerCannotPostAnAnswer() {
        Reply reply = call("POST", "/api/answers", RunningSystem.VIEWER_KEY, seedAnswer());
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    @Order(4)
    void malformedJsonGets400AndPublishesNothing() {
        Map<TopicPartition, Long> before = endOffsets(Topics.ANSWERS);
        Reply reply = call("POST", "/api/answers", RunningSystem.EDITOR_KEY, "{\"house\": \"lords\", ");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        // nothing was published: the 400 came after validation, and the topic still ends where it did
        assertThat(endOffsets(Topics.ANSWERS)).isEqualTo(before);
    }

    @Test
    @Order(5)
    void theSeedAnswersCommitmentsAreListedForAViewer() {
        Reply accepted = call("POST", "/api/answers", RunningSystem.EDITOR_KEY, seedAnswer());
        assertThat(accepted.status()).isEqualTo(202);

        JsonNode page = await().atMost(Duration.ofSeconds(30)).until(
                () -> call("GET", "/api/commitments?department=Cabinet%20Office&size=100", RunningSystem.VIEWER_KEY, null).body(),
                body -> body.has("items") && actions(body).containsAll(Set.of("launch a consultation on electoral integrity",
                        "implement a digital imprints regime for online election material")));
        assertThat(page.get("items").valueStream().filter(i -> i.get("action").asString().startsWith("launch a consultation"))
                .findFirst().orElseThrow().at("/source/answerId").asString())
                .isEqualTo("uk-parliament:lords:2019-10-24:HL401");
    }

    @Test
    @Order(6)
    void aPassedDeadlineGivesExactlyOneOverdueAlertAndOneSignedWebhookEvenWhenTheAnswerEventArrivesTwice()
            throws Exception {
        Reply registered = call("POST", "/api/webhooks", RunningSystem.ADMIN_KEY,
                JSON.writeValueAsString(Map.of("url", receiver.url())));
        assertThat(registered.status()).isEqualTo(201);
        String secret = registered.body().get("secret").asString();
        assertThat(secret).startsWith("whsec_");

        Reply accepted = call("POST", "/api/answers", RunningSystem.EDITOR_KEY, answer("HL9001", OVERDUE_TEXT));
        assertThat(accepted.status()).isEqualTo(202);
        String answerId = accepted.body().get("id").asString();

        // the answer event delivered a second time, exactly as it was
        TopicProbe.Seen answerEvent = await().atMost(Duration.ofSeconds(10))
                .until(() -> answers.withKey(answerId), r -> r.size() == 1).get(0);
        redeliver(answerEvent);

        List<TopicProbe.Seen> overdue = await().atMost(Duration.ofSeconds(30))
                .until(ThroughTheGatewayIT::overdueAlertsForTheStrategy, r -> !r.isEmpty());
        waitUntilConsumersCaughtUp();
        // several scans later there is still one alert and one delivery
        await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(10)).until(
                () -> overdueAlertsForTheStrategy().size() == 1 && strategyDeliveries().size() == 1);

        TopicProbe.Seen alert = overdue.get(0);
        JsonNode alertBody = JSON.readTree(alert.value());
        assertThat(alert.headers())
                .containsEntry("ce_specversion", "1.0")
                .containsEntry("ce_type", "org.commitmenttracker.commitment.overdue.v1")
                .containsEntry("ce_source", "/notify-service")
                .containsEntry("ce_subject", alert.key())
                .containsEntry("ce_id", alertBody.get("eventId").asString())
                .containsEntry("content-type", "application/json")
                .containsKey("ce_time");
        assertThat(alertBody.at("/deadline/date").asString()).isEqualTo("2020-05-31");
        assertThat(alertBody.get("overdueSince").asString()).isEqualTo("2020-06-01");

        WebhookReceiver.Delivery delivery = strategyDeliveries().get(0);
        assertThat(delivery.headers().get("webhook-id")).isEqualTo(alertBody.get("eventId").asString());
        assertThat(delivery.headers().get("webhook-signature").split(" "))
                .contains("v1," + sign(secret, delivery.headers().get("webhook-id"),
                        delivery.headers().get("webhook-timestamp"), delivery.body()));
        assertThat(JSON.readTree(delivery.body()).get("type").asString()).isEqualTo("commitment.overdue");
        assertThat(JSON.readTree(delivery.body()).at("/data/commitmentId").asString()).isEqualTo(alert.key());

        Reply listed = call("GET", "/api/alerts", RunningSystem.VIEWER_KEY, null);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body().toString()).contains(alert.key());
    }

    @Test
    @Order(7)
    void aWithdrawnQuestionAndACorrectionThatDropsACommitmentGiveNoAlertAndNoWebhook() {
        // notify-service is down while the answers come, are withdrawn and corrected; when it is back it reads them all
        system.stop("notify-service");
        String withdrawn;
        String dropped;
        String control;
        try {
            String withdrawnAnswer = post(answer("HL9101", "We will publish the coastal erosion strategy in the spring of 2020."));
            withdrawn = commitmentOf(withdrawnAnswer, c -> true).get("id").asString();
            Reply withdrawal = call("POST", "/api/answers/" + withdrawnAnswer + "/withdrawal", RunningSystem.EDITOR_KEY, null);
            assertThat(withdrawal.status()).isEqualTo(202);
            assertThat(commitmentOf(withdrawnAnswer, c -> c.get("withdrawn").asBoolean()).get("overdue").asBoolean()).isFalse();

            String correctedAnswer = post(answer("HL9102", "We will publish the flood defence review in the spring of 2020."));
            dropped = commitmentOf(correctedAnswer, c -> true).get("id").asString();
            Reply correction = call("POST", "/api/answers", RunningSystem.EDITOR_KEY,
                    answer("HL9102", "The Department keeps its flood defences under regular review."));
            assertThat(correction.body().get("outcome").asString()).isEqualTo("corrected");
            assertThat(commitmentOf(correctedAnswer, c -> c.get("id").asString().equals(dropped)
                    && !c.get("inLatestAnswer").asBoolean()).get("tracked").asBoolean()).isFalse();

            String controlAnswer = post(answer("HL9103", "We will publish the tidal power study in the spring of 2020."));
            control = commitmentOf(controlAnswer, c -> c.get("overdue").asBoolean()).get("id").asString();
        } finally {
            system.restart("notify-service");
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> !alerts.withKey(control).isEmpty()
                && receiver.deliveries().stream().anyMatch(d -> d.body().contains(control)));
        waitUntilConsumersCaughtUp();
        // no overdue alert or webhook for either (each was found, as its first state says); the withdrawn one gets its
        // one commitment.withdrawn alert instead
        await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(10)).until(() -> ofType(withdrawn, OVERDUE).isEmpty()
                && ofType(dropped, OVERDUE).isEmpty()
                && receiver.deliveries().stream().noneMatch(d -> (d.body().contains(dropped) || d.body().contains(withdrawn))
                        && d.body().contains("\"type\":\"commitment.overdue\"")));
        assertThat(ofType(withdrawn, "org.commitmenttracker.commitment.withdrawn.v1")).hasSize(1);
        Reply overdue = call("GET", "/api/commitments?overdue=true&size=100", RunningSystem.VIEWER_KEY, null);
        assertThat(overdue.body().get("items").valueStream().map(c -> c.get("id").asString()).toList())
                .contains(control).doesNotContain(withdrawn, dropped);
    }

    private static final String OVERDUE = "org.commitmenttracker.commitment.overdue.v1";

    private static List<TopicProbe.Seen> ofType(String key, String type) {
        return alerts.withKey(key).stream().filter(r -> type.equals(r.headers().get("ce_type"))).toList();
    }

    /** Posts an answer as an editor and returns its id once it is on Kafka. */
    private static String post(String answer) {
        Reply accepted = call("POST", "/api/answers", RunningSystem.EDITOR_KEY, answer);
        assertThat(accepted.status()).isEqualTo(202);
        return accepted.body().get("id").asString();
    }

    /** The answer's first commitment, as a viewer lists it, once one matches {@code condition}. */
    private static JsonNode commitmentOf(String answerId, java.util.function.Predicate<JsonNode> condition) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> call("GET", "/api/commitments?size=100",
                        RunningSystem.VIEWER_KEY, null).body().get("items").valueStream()
                        .filter(c -> c.at("/source/answerId").asString().equals(answerId)).filter(condition).findFirst(),
                java.util.Optional::isPresent).orElseThrow();
    }

    private static List<TopicProbe.Seen> overdueAlertsForTheStrategy() {
        return alerts.poll().stream().filter(r -> OVERDUE.equals(r.headers().get("ce_type"))
                && r.value().contains("rural connectivity strategy")).toList();
    }

    /** The overdue alert's calls (the webhook gets the strategy's commitment.found too). */
    private static List<WebhookReceiver.Delivery> strategyDeliveries() {
        return receiver.deliveries().stream().filter(d -> d.body().contains("rural connectivity strategy")
                && d.body().contains("\"type\":\"commitment.overdue\"")).toList();
    }

    private static void redeliver(TopicProbe.Seen record) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.endpoints().kafkaBootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> again = new ProducerRecord<>(Topics.ANSWERS, record.key(),
                    record.value().getBytes(StandardCharsets.UTF_8));
            record.headers().forEach((name, value) -> again.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
            producer.send(again);
        }
    }

    /** Both consumer groups have committed every record of the topics they read. */
    private static void waitUntilConsumersCaughtUp() {
        await().atMost(Duration.ofSeconds(30)).until(() -> caughtUp("commitments-service", Topics.ANSWERS)
                && caughtUp("notify-service", Topics.COMMITMENT_STATE));
    }

    private static boolean caughtUp(String group, String topic) throws Exception {
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            return endOffsets(topic).entrySet().stream().allMatch(end -> end.getValue() == 0
                    || (committed.get(end.getKey()) != null && committed.get(end.getKey()).offset() >= end.getValue()));
        }
    }

    private static Map<TopicPartition, Long> endOffsets(String topic) {
        try (Admin admin = admin()) {
            Set<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic)
                    .partitions().stream().map(p -> new TopicPartition(topic, p.partition())).collect(Collectors.toSet());
            return admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                    .all().get().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.endpoints().kafkaBootstrapServers()));
    }

    /** Standard Webhooks, computed here independently of the service: base64 HMAC-SHA256 of id.timestamp.body. */
    private static String sign(String secret, String id, String timestamp, String body) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(
                mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
    }

    private static Set<String> actions(JsonNode page) {
        return page.get("items").valueStream().map(i -> i.get("action").asString()).collect(Collectors.toSet());
    }

    private static String seedAnswer() {
        try {
            return Files.readAllLines(Path.of(System.getProperty("tracker.root"), "samples", "answers.jsonl")).get(0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String answer(String uin, String text) {
        return JSON.writeValueAsString(Map.of("house", "lords", "uin", uin, "dateTabled", "2019-10-24",
                "dateAnswered", "2019-11-05", "answeringBody", "Department for Digital, Culture, Media and Sport",
                "answeredBy", "Lord Ashton of Hyde", "heading", "Broadband: Rural Areas", "answerText", text));
    }

    record Reply(int status, String contentType, JsonNode body) {
    }

    private static Reply call(String method, String path, String key, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(system.gateway() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .timeout(Duration.ofSeconds(20));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            return new Reply(response.statusCode(), response.headers().firstValue("content-type").orElse(""),
                    text == null || text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
