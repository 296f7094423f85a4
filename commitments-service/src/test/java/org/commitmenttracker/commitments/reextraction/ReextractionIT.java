package org.commitmenttracker.commitments.reextraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.commitmenttracker.commitments.store.Commitment;
import org.commitmenttracker.commitments.store.CommitmentStore;
import org.commitmenttracker.events.Answer;
import org.commitmenttracker.events.AnswerReceived;
import org.commitmenttracker.events.AnswerWithdrawn;
import org.commitmenttracker.events.ReviewState;
import org.commitmenttracker.localinfra.TestInfrastructureConfiguration;
import org.commitmenttracker.support.events.EventPublisher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every stored answer read again as a job, over HTTP, the store and Kafka. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@Import(TestInfrastructureConfiguration.class)
class ReextractionIT {

    @LocalServerPort
    int port;

    @Autowired
    EventPublisher publisher;

    @Autowired
    CommitmentStore store;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    JsonMapper json;

    @Test
    void everyStoredAnswerIsReadAgainFindingWhatWasMissingAndKeepingWhatStaffRecorded() {
        String department = "Department for Transport " + UUID.randomUUID();
        Answer kept = answer(department, "We will publish the bus strategy by June 2027.");
        Answer lost = answer(department, "We will open the new station by the end of 2028.");
        Answer withdrawn = answer(department, "We will electrify the branch line by 2029.");
        publisher.publish(new AnswerReceived(UUID.randomUUID().toString(), Instant.now(), kept, "hash"));
        publisher.publish(new AnswerReceived(UUID.randomUUID().toString(), Instant.now(), lost, "hash"));
        publisher.publish(new AnswerReceived(UUID.randomUUID().toString(), Instant.now(), withdrawn, "hash"));
        publisher.publish(new AnswerWithdrawn(UUID.randomUUID().toString(), Instant.now(), withdrawn.id()));
        Commitment reviewed = await().atMost(Duration.ofSeconds(30)).until(() -> only(kept), c -> c != null);
        Commitment missing = await().atMost(Duration.ofSeconds(30)).until(() -> only(lost), c -> c != null);
        Commitment gone = await().atMost(Duration.ofSeconds(30)).until(() -> only(withdrawn), c -> c != null && c.withdrawn());
        // staff's record of one; the other lost from the store, as a commitment an older engine did not find would be
        JsonNode confirmed = send(HttpMethod.POST, "/api/commitments/" + reviewed.id() + "/review",
                Map.of("version", reviewed.version(), "decision", "confirmed"));
        assertThat(confirmed.get("review").asString()).isEqualTo("confirmed");
        mongo.remove(Query.query(Criteria.where("_id").is(missing.id())), "commitments");
        assertThat(store.find(missing.id())).isEmpty();

        JsonNode job = awaitDone(send(HttpMethod.POST, "/api/commitments/reextract", Map.of()));

        assertThat(job.get("done").asLong()).isEqualTo(job.get("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(job.get("changed").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(job.get("skipped").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(job.get("failed").asLong()).isZero();
        // the withdrawn question's commitment stays withdrawn, as it was
        assertThat(store.find(gone.id()).orElseThrow().withdrawn()).isTrue();
        assertThat(store.find(gone.id()).orElseThrow().version()).isEqualTo(gone.version());
        Commitment found = store.find(missing.id()).orElseThrow();
        assertThat(found.action()).isEqualTo(missing.action());
        Commitment stillReviewed = store.find(reviewed.id()).orElseThrow();
        assertThat(stillReviewed.review()).isEqualTo(ReviewState.CONFIRMED);
        assertThat(stillReviewed.version()).isEqualTo(reviewed.version() + 1); // the review; reading again changed nothing

        // a second run finds nothing more to change in these
        awaitDone(send(HttpMethod.POST, "/api/commitments/reextract", Map.of()));
        assertThat(store.find(missing.id()).orElseThrow().version()).isEqualTo(found.version());
        assertThat(store.find(reviewed.id()).orElseThrow().version()).isEqualTo(stillReviewed.version());
    }

    @Test
    void anUnknownJobIsA404ProblemDetail() {
        JsonNode problem = http().get().uri("/api/commitments/reextract/no-such-job")
                .exchange((request, response) -> {
                    assertThat(response.getStatusCode().value()).isEqualTo(404);
                    return json.readTree(response.getBody());
                }, true);
        assertThat(problem.get("detail").asString()).isEqualTo("No re-extraction job no-such-job.");
    }

    private JsonNode awaitDone(JsonNode started) {
        assertThat(started.get("state").asString()).isEqualTo("running");
        String id = started.get("id").asString();
        JsonNode job = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> http().get().uri("/api/commitments/reextract/" + id)
                                .exchange((request, response) -> json.readTree(response.getBody()), true),
                        j -> !j.get("state").asString().equals("running"));
        assertThat(job.get("state").asString()).isEqualTo("done");
        return job;
    }

    private Commitment only(Answer answer) {
        List<Commitment> found = store.findByAnswer(answer.id());
        return found.size() == 1 ? found.get(0) : null;
    }

    private JsonNode send(HttpMethod method, String path, Map<String, ?> body) {
        return http().method(method).uri(path).contentType(MediaType.APPLICATION_JSON)
                .headers(h -> {
                    h.set("X-Tracker-Principal", "admin-1");
                    h.set("X-Tracker-Role", "admin");
                })
                .body(json.writeValueAsString(body))
                .exchange((request, response) -> json.readTree(response.getBody()), true);
    }

    private RestClient http() {
        return RestClient.create("http://127.0.0.1:" + port);
    }

    private static Answer answer(String department, String text) {
        String uin = "HL" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000L);
        return new Answer("uk-parliament:lords:2026-10-24:" + uin, "lords", uin, LocalDate.of(2026, 10, 24),
                LocalDate.of(2026, 11, 5), department, "Lord Hendy", "Baroness Pidgeon", "Transport", null, text,
                "https://questions-statements.parliament.uk/written-questions/detail/2026-10-24/" + uin);
    }
}
