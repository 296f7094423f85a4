package org.commitmenttracker.ingest.answers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.commitmenttracker.events.Topics;
import org.commitmenttracker.localinfra.TestInfrastructure;
import org.commitmenttracker.localinfra.TestInfrastructureConfiguration;
import org.commitmenttracker.localinfra.TopicProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** ingest-service as a whole, over HTTP, against a real Kafka broker and MongoDB wire server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@Import(TestInfrastructureConfiguration.class)
class IngestAnswersIT {

    private static TopicProbe answers;

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @BeforeAll
    static void openProbe() {
        answers = new TopicProbe(TestInfrastructure.endpoints().kafkaBootstrapServers(), Topics.ANSWERS);
    }

    @AfterAll
    static void closeProbe() {
        answers.close();
    }

    @Test
    void publishesAnAcceptedAnswerOnceTheBrokerHasItWithCloudEventsHeaders() {
        String uin = uniqueUin();
        Reply reply = post(answer(uin, "We will publish the strategy in the spring of 2020."));

        assertThat(reply.status()).isEqualTo(202);
        String id = "uk-parliament:lords:2019-10-24:" + uin;
        assertThat(reply.body().get("id").asString()).isEqualTo(id);
        assertThat(reply.body().get("outcome").asString()).isEqualTo("received");
        // 202 means acknowledged: the record is already on the topic
        List<TopicProbe.Seen> records = await().atMost(Duration.ofSeconds(10)).until(() -> answers.withKey(id), r -> !r.isEmpty());
        assertThat(records).hasSize(1);
        TopicProbe.Seen record = records.get(0);
        assertThat(record.headers())
                .containsEntry("ce_specversion", "1.0")
                .containsEntry("ce_type", "org.commitmenttracker.answer.received.v1")
                .containsEntry("ce_source", "/ingest-service")
                .containsEntry("ce_subject", id)
                .containsEntry("content-type", "application/json")
                .containsKeys("ce_id", "ce_time");
        JsonNode event = json.readTree(record.value());
        assertThat(event.get("eventId").asString()).isEqualTo(record.headers().get("ce_id"));
        assertThat(event.at("/answer/answerText").asString()).isEqualTo("We will publish the strategy in the spring of 2020.");
        assertThat(event.at("/answer/dateAnswered").asString()).isEqualTo("2019-11-05");
    }

    @Test
    void theSameAnswerAgainPublishesNothingAndAChangedOnePublishesACorrection() {
        String uin = uniqueUin();
        String id = "uk-parliament:lords:2019-10-24:" + uin;
        assertThat(post(answer(uin, "We will publish the strategy in the spring of 2020.")).status()).isEqualTo(202);

        Reply again = post(answer(uin, "We will publish the strategy in the spring of 2020."));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("outcome").asString()).isEqualTo("duplicate");

        Reply corrected = post(answer(uin, "We will publish the strategy in the summer of 2020."));
        assertThat(corrected.status()).isEqualTo(202);
        assertThat(corrected.body().get("outcome").asString()).isEqualTo("corrected");

        List<TopicProbe.Seen> records = await().atMost(Duration.ofSeconds(10))
                .until(() -> answers.withKey(id), r -> r.size() >= 2);
        assertThat(records).extracting(r -> r.headers().get("ce_type")).containsExactly(
                "org.commitmenttracker.answer.received.v1", "org.commitmenttracker.answer.corrected.v1");
        JsonNode correction = json.readTree(records.get(1).value());
        assertThat(correction.get("previousContentHash").asString())
                .isEqualTo(json.readTree(records.get(0).value()).get("contentHash").asString());
    }

    @Test
    void theSameAnswerFromAnotherSourceUrlIsNoCorrection() {
        String uin = uniqueUin();
        assertThat(post(answer(uin, "We will publish the review in the autumn of 2020.")).status()).isEqualTo(202);

        Reply elsewhere = post(answer(uin, "We will publish the review in the autumn of 2020.")
                .replace("https://www.theyworkforyou.com/wrans/?id=2019-10-24.HL401.h",
                        "https://questions-statements.parliament.uk/written-questions/detail/2019-10-24/" + uin));
        assertThat(elsewhere.status()).isEqualTo(200);
        assertThat(elsewhere.body().get("outcome").asString()).isEqualTo("duplicate");
    }

    @Test
    void theSameAnswerWithAFieldAddedToItsRecordIsNoCorrection() {
        String uin = uniqueUin();
        String first = answer(uin, "We will publish the review in the autumn of 2020.");
        assertThat(post(first).status()).isEqualTo(202);

        // as a later version of a source might send it: a field this service does not know
        Reply later = post(first.replaceFirst("\\{", "{\"answerFormat\": \"html\", "));
        assertThat(later.status()).isEqualTo(200);
        assertThat(later.body().get("outcome").asString()).isEqualTo("duplicate");
    }

    @Test
    void malformedJsonGetsAProblemDetailAndPublishesNothing() {
        long before = answers.poll().size();
        Reply reply = post("{\"house\": \"lords\", \"uin\": ");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).isEqualTo("application/problem+json");
        assertThat(reply.body().get("type").asString()).isEqualTo("urn:commitment-tracker:problem:malformed-body");
        assertThat(reply.body().get("status").asInt()).isEqualTo(400);
        // a valid answer sent after it is the next record: nothing was published in between
        String uin = uniqueUin();
        post(answer(uin, "We will act."));
        List<TopicProbe.Seen> all = await().atMost(Duration.ofSeconds(10))
                .until(answers::poll, r -> r.stream().anyMatch(s -> s.key().endsWith(":" + uin)));
        assertThat(all.size()).isEqualTo(before + 1);
    }

    @Test
    void validationProblemNamesEveryBadField() {
        Reply reply = post("""
                {"house": "senate", "uin": "HL 1!", "dateTabled": "2019-10-24", "answeringBody": "",
                 "answerText": "text", "sourceUrl": "ftp://x"}""");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().get("type").asString()).isEqualTo("urn:commitment-tracker:problem:invalid-request");
        assertThat(reply.body().get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactly("answeringBody", "dateAnswered", "house", "sourceUrl", "uin");
    }

    @Test
    void aValueOfTheWrongFormatIsNamed() {
        Reply reply = post("""
                {"house": "lords", "uin": "HL1", "dateTabled": "24/10/2019", "dateAnswered": "2019-11-05",
                 "answeringBody": "Cabinet Office", "answerText": "text"}""");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().get("errors").get(0).get("field").asString()).isEqualTo("dateTabled");
    }

    @Test
    void anAnswerWithoutUinNeedsAnId() {
        Reply missing = post("""
                {"house": "commons", "dateAnswered": "2019-11-05", "answeringBody": "Cabinet Office", "answerText": "text"}""");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().get("errors").get(0).get("field").asString()).isEqualTo("uin");

        String nativeId = "hansard:" + UUID.randomUUID();
        Reply given = post("""
                {"id": "%s", "house": "commons", "dateAnswered": "2019-11-05", "answeringBody": "Cabinet Office",
                 "answerText": "text"}""".formatted(nativeId));
        assertThat(given.status()).isEqualTo(202);
        assertThat(given.body().get("id").asString()).isEqualTo(nativeId);
    }

    @Test
    void healthIsUpWithTheStoreAndTheBrokerReachable() {
        JsonNode health = RestClient.create("http://127.0.0.1:" + port).get().uri("/actuator/health")
                .exchange((request, response) -> {
                    assertThat(response.getStatusCode().value()).isEqualTo(200);
                    return json.readTree(response.getBody());
                }, true);
        assertThat(health.get("status").asString()).isEqualTo("UP");
    }

    private static String uniqueUin() {
        return "HL" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
    }

    private String answer(String uin, String text) {
        return json.writeValueAsString(Map.of("house", "lords", "uin", uin, "dateTabled", "2019-10-24",
                "dateAnswered", "2019-11-05", "answeringBody", "Cabinet Office", "answeredBy", "Earl Howe",
                "heading", "General Elections: Disinformation", "answerText", text,
                "sourceUrl", "https://www.theyworkforyou.com/wrans/?id=2019-10-24.HL401.h"));
    }

    record Reply(int status, String contentType, JsonNode body) {
    }

    private Reply post(String body) {
        return RestClient.create("http://127.0.0.1:" + port).post().uri("/api/answers")
                .contentType(MediaType.APPLICATION_JSON).body(body)
                .exchange((request, response) -> new Reply(response.getStatusCode().value(),
                        String.valueOf(response.getHeaders().getContentType()),
                        json.readTree(response.getBody())), true);
    }

}
