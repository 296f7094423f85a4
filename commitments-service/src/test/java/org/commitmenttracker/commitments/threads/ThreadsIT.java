package org.commitmenttracker.commitments.threads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.commitmenttracker.events.Answer;
import org.commitmenttracker.events.AnswerReceived;
import org.commitmenttracker.localinfra.TestInfrastructureConfiguration;
import org.commitmenttracker.support.events.EventPublisher;
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

/** Threads across answers and a department rename, found by the service and made by hand, over Kafka and MongoDB. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@Import(TestInfrastructureConfiguration.class)
class ThreadsIT {

    private static final String BEIS = "Department for Business, Energy and Industrial Strategy";
    private static final String DESNZ = "Department for Energy Security and Net Zero";

    @LocalServerPort
    int port;

    @Autowired
    EventPublisher publisher;

    @Autowired
    JsonMapper json;

    @Test
    void aLaterAnswerOfTheSuccessorDepartmentFollowsUpACommitmentAndAReportOfDeliverySuggestsDelivered() {
        String topic = "tidal lagoon " + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "x");
        JsonNode first = commitmentOf(answer(BEIS, LocalDate.of(2019, 3, 1),
                "We will publish the " + topic + " strategy in the spring of 2020."));
        JsonNode update = commitmentOf(answer(DESNZ, LocalDate.of(2022, 2, 1),
                "We will publish the " + topic + " strategy by the end of 2022."));

        JsonNode earlier = await().atMost(Duration.ofSeconds(20)).until(() -> get(first.get("id").asString()),
                c -> c.get("thread").size() == 1);
        assertThat(earlier.at("/thread/0/commitmentId").asString()).isEqualTo(update.get("id").asString());
        assertThat(earlier.at("/thread/0/later").asBoolean()).isTrue();
        assertThat(earlier.at("/thread/0/department").asString()).isEqualTo(DESNZ);
        assertThat(earlier.get("history").valueStream().map(h -> h.get("kind").asString())).contains("linked");
        JsonNode later = get(update.get("id").asString());
        assertThat(later.at("/thread/0/commitmentId").asString()).isEqualTo(first.get("id").asString());
        assertThat(later.at("/thread/0/later").asBoolean()).isFalse();

        Answer report = answer(DESNZ, LocalDate.of(2023, 1, 10), "The " + topic + " strategy was published on 5 May 2022. "
                + "It sets out the next steps.");
        publisher.publish(new AnswerReceived(UUID.randomUUID().toString(), Instant.now(), report, "hash"));

        JsonNode suggested = await().atMost(Duration.ofSeconds(20)).until(() -> get(first.get("id").asString()),
                c -> !c.get("suggestion").isNull());
        assertThat(suggested.at("/suggestion/status").asString()).isEqualTo("delivered");
        assertThat(suggested.at("/suggestion/text").asString()).startsWith("The " + topic + " strategy was published");
        assertThat(suggested.at("/suggestion/evidence/url").asString()).isEqualTo(report.sourceUrl());
        assertThat(suggested.get("status").asString()).as("only suggested, for an editor to accept").isEqualTo("open");
        assertThat(suggested.get("thread").valueStream().anyMatch(l -> l.get("commitmentId").isNull()
                && l.get("answerId").asString().equals(report.id()))).isTrue();
    }

    @Test
    void anEditorLinksAndUnlinksByHandAndALinkIsNotMadeTwice() {
        JsonNode a = commitmentOf(answer("Home Office", LocalDate.of(2020, 1, 1), "We will close 100 asylum hotels by March 2024."));
        JsonNode b = commitmentOf(answer("Home Office", LocalDate.of(2024, 5, 1), "We will end the use of barges by 2026."));
        String aId = a.get("id").asString();
        String bId = b.get("id").asString();

        JsonNode linked = send(HttpMethod.POST, aId + "/links", Map.of("version", a.get("version").asLong(),
                "commitmentId", bId, "note", "the same accommodation plan"));
        assertThat(linked.at("/thread/0/commitmentId").asString()).isEqualTo(bId);
        assertThat(linked.at("/thread/0/later").asBoolean()).isTrue();
        JsonNode other = get(bId);
        assertThat(other.at("/thread/0/commitmentId").asString()).isEqualTo(aId);
        assertThat(other.at("/thread/0/later").asBoolean()).isFalse();

        JsonNode again = send(HttpMethod.POST, aId + "/links", Map.of("version", linked.get("version").asLong(),
                "commitmentId", bId));
        assertThat(again.get("status").asInt()).isEqualTo(409);
        assertThat(send(HttpMethod.POST, aId + "/links", Map.of("version", linked.get("version").asLong(),
                "commitmentId", "cmt-nope")).get("status").asInt()).isEqualTo(422);

        JsonNode unlinked = send(HttpMethod.DELETE, aId + "/links/" + bId + "?version=" + linked.get("version").asLong(), null);
        assertThat(unlinked.get("thread")).isEmpty();
        assertThat(get(bId).get("thread")).isEmpty();
    }

    private JsonNode commitmentOf(Answer answer) {
        publisher.publish(new AnswerReceived(UUID.randomUUID().toString(), Instant.now(), answer, "hash"));
        return await().atMost(Duration.ofSeconds(20)).until(() -> http().get()
                        .uri("/api/commitments?department={d}&answeredFrom={a}&answeredTo={b}", answer.answeringBody(),
                                answer.dateAnswered(), answer.dateAnswered())
                        .exchange((request, response) -> json.readTree(response.getBody()), true),
                page -> page.get("items").valueStream().anyMatch(c -> c.at("/source/answerId").asString().equals(answer.id())))
                .get("items").valueStream().filter(c -> c.at("/source/answerId").asString().equals(answer.id()))
                .findFirst().orElseThrow();
    }

    private static Answer answer(String department, LocalDate answered, String text) {
        String uin = "" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000L);
        return new Answer("uk-parliament:commons:" + answered.minusDays(7) + ":" + uin, "commons", uin, answered.minusDays(7),
                answered, department, "A Minister", null, "Energy", null, text,
                "https://questions-statements.parliament.uk/written-questions/detail/" + uin);
    }

    private JsonNode get(String id) {
        return http().get().uri("/api/commitments/" + id).exchange((request, response) -> json.readTree(response.getBody()), true);
    }

    private JsonNode send(HttpMethod method, String path, Map<String, ?> body) {
        var request = http().method(method).uri("/api/commitments/" + path)
                .header("X-Tracker-Principal", "editor-1").header("X-Tracker-Role", "editor");
        if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).body(json.writeValueAsString(body));
        }
        return request.exchange((req, response) -> json.readTree(response.getBody()), true);
    }

    private RestClient http() {
        return RestClient.create("http://127.0.0.1:" + port);
    }
}
