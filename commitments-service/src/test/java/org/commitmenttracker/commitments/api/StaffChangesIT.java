package org.commitmenttracker.commitments.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.commitmenttracker.events.Answer;
import org.commitmenttracker.events.AnswerCorrected;
import org.commitmenttracker.events.AnswerReceived;
import org.commitmenttracker.events.Topics;
import org.commitmenttracker.localinfra.TestInfrastructure;
import org.commitmenttracker.localinfra.TestInfrastructureConfiguration;
import org.commitmenttracker.localinfra.TopicProbe;
import org.commitmenttracker.support.events.EventPublisher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Staff's changes over HTTP, as the gateway forwards them: review, edits, deadline, status with evidence, on Kafka. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@Import(TestInfrastructureConfiguration.class)
class StaffChangesIT {

    private static TopicProbe changes;
    private static TopicProbe states;

    @LocalServerPort
    int port;

    @Autowired
    EventPublisher publisher;

    @Autowired
    JsonMapper json;

    record Reply(int status, String contentType, JsonNode body) {
    }

    @BeforeAll
    static void openProbes() {
        changes = new TopicProbe(TestInfrastructure.endpoints().kafkaBootstrapServers(), Topics.COMMITMENTS);
        states = new TopicProbe(TestInfrastructure.endpoints().kafkaBootstrapServers(), Topics.COMMITMENT_STATE);
    }

    @AfterAll
    static void closeProbes() {
        changes.close();
        states.close();
    }

    @Test
    void anEditorConfirmsAndMarksDeliveredWithEvidenceAndSubscribersSeeEachChange() {
        JsonNode c = commitmentOf("We will publish the rail freight strategy by the end of 2023.");
        String id = c.get("id").asString();

        Reply confirmed = send(HttpMethod.POST, id + "/review", "editor-7f3a", "editor",
                Map.of("version", 1, "decision", "confirmed"));
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.body().get("review").asString()).isEqualTo("confirmed");
        assertThat(confirmed.body().get("version").asLong()).isEqualTo(2);

        Reply noEvidence = send(HttpMethod.POST, id + "/status", "editor-7f3a", "editor",
                Map.of("version", 2, "status", "delivered"));
        assertThat(noEvidence.status()).isEqualTo(422);
        assertThat(noEvidence.contentType()).startsWith("application/problem+json");
        assertThat(noEvidence.body().at("/errors/0/field").asString()).isEqualTo("evidence");

        Reply delivered = send(HttpMethod.POST, id + "/status", "editor-7f3a", "editor", Map.of("version", 2,
                "status", "delivered", "note", "Published in March",
                "evidence", List.of(Map.of("url", "https://www.gov.uk/government/publications/rail-freight-strategy",
                        "title", "Rail freight strategy", "date", "2023-03-01"))));
        assertThat(delivered.status()).isEqualTo(200);
        assertThat(delivered.body().get("status").asString()).isEqualTo("delivered");
        assertThat(delivered.body().get("overdue").asBoolean()).isFalse();
        assertThat(delivered.body().at("/evidence/0/title").asString()).isEqualTo("Rail freight strategy");
        assertThat(delivered.body().get("history").valueStream().map(h -> h.get("kind").asString()).toList())
                .containsExactly("extracted", "reviewed", "status_changed");
        assertThat(delivered.body().at("/history/2/by").asString()).isEqualTo("editor-7f3a");

        JsonNode changed = await().atMost(Duration.ofSeconds(10)).until(() -> changes.withKey(id).stream()
                .map(r -> json.readTree(r.value())).filter(e -> "status_changed".equals(e.path("change").asString()))
                .findFirst(), java.util.Optional::isPresent).orElseThrow();
        assertThat(changed.get("by").asString()).isEqualTo("editor-7f3a");
        assertThat(changed.at("/fields/0/to").asString()).isEqualTo("delivered");
        assertThat(changed.at("/evidence/0/url").asString()).startsWith("https://www.gov.uk/");
        JsonNode state = await().atMost(Duration.ofSeconds(10)).until(() -> latestState(id),
                s -> s != null && s.get("version").asLong() == 3);
        assertThat(state.get("status").asString()).isEqualTo("delivered");
        assertThat(state.get("review").asString()).isEqualTo("confirmed");
    }

    @Test
    void aStaleVersionIsA409AndOverwritesNothing() {
        String id = commitmentOf("We will publish the port security review in the spring of 2024.").get("id").asString();
        assertThat(send(HttpMethod.POST, id + "/review", "editor-1", "editor",
                Map.of("version", 1, "decision", "confirmed")).status()).isEqualTo(200);

        Reply stale = send(HttpMethod.PATCH, id, "editor-2", "editor", Map.of("version", 1, "action", "publish it"));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body().at("/errors/0/field").asString()).isEqualTo("version");
        JsonNode now = get(id);
        assertThat(now.get("version").asLong()).isEqualTo(2);
        assertThat(now.get("action").asString()).isEqualTo("publish the port security review");
    }

    @Test
    void anEditAndARevisedDeadlineSurviveACorrectionAndTheEnginesValuesStayBeside() {
        AnswerReceived original = answerEvent("We will publish the canal restoration plan in the spring of 2024.");
        String id = commitmentOf(original).get("id").asString();
        assertThat(send(HttpMethod.PATCH, id, "editor-1", "editor", Map.of("version", 1,
                "action", "publish the national canal restoration plan", "note", "as the plan is titled")).status())
                .isEqualTo(200);
        Reply revised = send(HttpMethod.POST, id + "/deadline", "editor-1", "editor", Map.of("version", 2,
                "date", "2024-09-30", "text", "by the end of September 2024", "note", "delayed, the Minister said"));
        assertThat(revised.status()).isEqualTo(200);

        // a correction of the answer's heading: the engine reads it again and finds the same commitment
        Answer a = original.answer();
        publisher.publish(new AnswerCorrected(UUID.randomUUID().toString(), Instant.now(), new Answer(a.id(), a.house(),
                a.uin(), a.dateTabled(), a.dateAnswered(), a.answeringBody(), a.answeredBy(), a.askedBy(),
                "Canals: Restoration", a.questionText(), a.answerText(), a.sourceUrl()), "hash-2", "hash"));

        JsonNode after = await().atMost(Duration.ofSeconds(20)).until(() -> get(id), n -> n.get("version").asLong() == 4);
        assertThat(after.at("/source/heading").asString()).isEqualTo("Canals: Restoration");
        assertThat(after.get("action").asString()).isEqualTo("publish the national canal restoration plan");
        assertThat(after.at("/found/action").asString()).isEqualTo("publish the canal restoration plan");
        assertThat(after.at("/deadline/date").asString()).isEqualTo("2024-09-30");
        assertThat(after.at("/found/deadline/date").asString()).isEqualTo("2024-05-31");
        assertThat(after.get("history").valueStream().map(h -> h.get("kind").asString()).toList())
                .containsExactly("extracted", "reviewed", "deadline_revised", "re_extracted");
    }

    @Test
    void badRequestsAreRefusedNamingWhatIsWrong() {
        String id = commitmentOf("We will publish the lighthouse review in the spring of 2024.").get("id").asString();

        Reply badUrl = send(HttpMethod.POST, id + "/status", "editor-1", "editor", Map.of("version", 1,
                "status", "delivered", "evidence", List.of(Map.of("url", "ftp://example.org/x", "title", "X"))));
        assertThat(badUrl.status()).isEqualTo(400);
        assertThat(badUrl.body().at("/errors/0/field").asString()).isEqualTo("evidence[0].url");

        Reply badStatus = send(HttpMethod.POST, id + "/status", "editor-1", "editor", Map.of("version", 1, "status", "done"));
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badStatus.body().at("/errors/0/field").asString()).isEqualTo("status");

        Reply noReason = send(HttpMethod.POST, id + "/review", "editor-1", "editor",
                Map.of("version", 1, "decision", "rejected"));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.body().at("/errors/0/field").asString()).isEqualTo("note");

        Reply noVersion = send(HttpMethod.POST, id + "/review", "editor-1", "editor", Map.of("decision", "confirmed"));
        assertThat(noVersion.status()).isEqualTo(400);
        assertThat(noVersion.body().at("/errors/0/field").asString()).isEqualTo("version");

        Reply viewer = send(HttpMethod.POST, id + "/review", "viewer-1", "viewer", Map.of("version", 1, "decision", "confirmed"));
        assertThat(viewer.status()).isEqualTo(403);
        Reply direct = send(HttpMethod.POST, id + "/review", null, null, Map.of("version", 1, "decision", "confirmed"));
        assertThat(direct.status()).isEqualTo(403);

        Reply unknown = send(HttpMethod.POST, "cmt-none/review", "editor-1", "editor", Map.of("version", 1, "decision", "confirmed"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(get(id).get("version").asLong()).as("nothing was written").isEqualTo(1);
    }

    private JsonNode commitmentOf(String text) {
        return commitmentOf(answerEvent(text));
    }

    private JsonNode commitmentOf(AnswerReceived event) {
        publisher.publish(event);
        return await().atMost(Duration.ofSeconds(20)).until(() -> http().get()
                        .uri("/api/commitments?department={d}", event.answer().answeringBody())
                        .exchange((request, response) -> json.readTree(response.getBody()), true),
                page -> page.get("total").asInt() == 1).at("/items/0");
    }

    private static AnswerReceived answerEvent(String text) {
        String uin = "HL" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000L);
        Answer answer = new Answer("uk-parliament:lords:2023-10-24:" + uin, "lords", uin, LocalDate.of(2023, 10, 24),
                LocalDate.of(2023, 11, 5), "Department for Transport " + UUID.randomUUID(), "Lord Davies", null,
                "Transport", null, text, null);
        return new AnswerReceived(UUID.randomUUID().toString(), Instant.now(), answer, "hash");
    }

    private Reply send(HttpMethod method, String path, String principal, String role, Map<String, ?> body) {
        return http().method(method).uri("/api/commitments/" + path).contentType(MediaType.APPLICATION_JSON)
                .headers(h -> {
                    if (principal != null) {
                        h.set("X-Tracker-Principal", principal);
                        h.set("X-Tracker-Role", role);
                    }
                })
                .body(json.writeValueAsString(body))
                .exchange((request, response) -> new Reply(response.getStatusCode().value(),
                        String.valueOf(response.getHeaders().getContentType()), json.readTree(response.getBody())), true);
    }

    private JsonNode get(String id) {
        return http().get().uri("/api/commitments/" + id).exchange((request, response) -> json.readTree(response.getBody()), true);
    }

    private JsonNode latestState(String id) {
        List<TopicProbe.Seen> seen = states.withKey(id);
        return seen.isEmpty() ? null : json.readTree(seen.get(seen.size() - 1).value());
    }

    private RestClient http() {
        return RestClient.create("http://127.0.0.1:" + port);
    }
}
