package org.commitmenttracker.ingest.parliament;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.commitmenttracker.events.Topics;
import org.commitmenttracker.ingest.jobs.Job;
import org.commitmenttracker.ingest.jobs.JobProgress;
import org.commitmenttracker.ingest.jobs.JobRunner;
import org.commitmenttracker.ingest.jobs.JobState;
import org.commitmenttracker.ingest.jobs.JobStore;
import org.commitmenttracker.localinfra.TestInfrastructure;
import org.commitmenttracker.localinfra.TestInfrastructureConfiguration;
import org.commitmenttracker.localinfra.TopicProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Backfills through {@code /api/ingest/backfill}, against a local fake of the Written Questions API serving fixtures in
 * its real JSON shape, a real Kafka broker and the MongoDB wire server. Each test has days of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.address=127.0.0.1",
        "ingest.parliament.page-size=2",
        "ingest.parliament.requests-per-second=200",
        "ingest.parliament.max-retries=2",
        "ingest.parliament.initial-backoff=PT0.05S",
        "ingest.parliament.timeout=PT5S",
        // the fake API serves each day's pages: one day a window, except where a test makes its own windows
        "ingest.parliament.backfill-window-days=1"})
@Import({TestInfrastructureConfiguration.class, ParliamentBackfillIT.FixedClock.class})
class ParliamentBackfillIT {

    private static final String QUESTIONS = ParliamentApiClient.QUESTIONS;
    private static final String STATEMENTS = ParliamentApiClient.STATEMENTS;
    private static final String EMPTY_PAGE = "{\"totalResults\": 0, \"results\": []}";

    private static final WireMockServer api = startApi();
    private static TopicProbe answers;

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    JobStore jobs;

    @Autowired
    ParliamentDayIngest days;

    @Autowired
    Clock clock;

    @TestConfiguration(proxyBeanMethods = false)
    static class FixedClock {

        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(Instant.parse("2025-12-01T09:00:00Z"), ZoneOffset.UTC);
        }
    }

    @DynamicPropertySource
    static void parliamentApi(DynamicPropertyRegistry registry) {
        registry.add("ingest.parliament.base-url", api::baseUrl);
    }

    private static WireMockServer startApi() {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        // any day not stubbed has nothing
        server.stubFor(get(urlPathEqualTo(QUESTIONS)).atPriority(10).willReturn(okJson(EMPTY_PAGE)));
        server.stubFor(get(urlPathEqualTo(STATEMENTS)).atPriority(10).willReturn(okJson(EMPTY_PAGE)));
        return server;
    }

    @BeforeAll
    static void openProbe() {
        answers = new TopicProbe(TestInfrastructure.endpoints().kafkaBootstrapServers(), Topics.ANSWERS);
    }

    @AfterAll
    static void close() {
        answers.close();
        api.stop();
    }

    @Test
    void followsEveryPageAndFetchesAShortenedAnswerWhole() {
        stubAnswered("2024-01-12", 0, "answered-2024-01-12-skip0.json");
        stubAnswered("2024-01-12", 2, "answered-2024-01-12-skip2.json");
        stubAnswered("2024-01-12", 4, "answered-2024-01-12-skip4.json");
        api.stubFor(get(urlPathEqualTo(QUESTIONS + "/1690421")).willReturn(okJson(Fixtures.read("question-1690421.json"))));

        Reply reply = post("{\"from\": \"2024-01-12\", \"to\": \"2024-01-12\"}");

        assertThat(reply.status()).isEqualTo(202);
        String id = reply.body().get("id").asString();
        assertThat(reply.location()).isEqualTo("/api/ingest/backfill/" + id);
        assertThat(reply.body().get("from").asString()).isEqualTo("2024-01-12");
        assertThat(reply.body().get("daysTotal").asInt()).isEqualTo(1);
        JsonNode job = awaitEnd(reply.location());
        assertThat(job.get("state").asString()).isEqualTo("done");
        assertThat(job.get("daysDone").asInt()).isEqualTo(1);
        assertThat(job.get("answers").asInt()).isEqualTo(5);
        assertThat(job.at("/outcomes/received").asInt()).isEqualTo(5);
        assertThat(job.get("failedPages").isEmpty()).isTrue();

        List<String> ids = List.of("uk-parliament:commons:2024-01-08:710001", "uk-parliament:commons:2024-01-08:710002",
                "uk-parliament:commons:2024-01-09:710003", "uk-parliament:lords:2024-01-09:HL71004",
                "uk-parliament:commons:2024-01-10:710005");
        for (String answerId : ids) {
            assertThat(awaitEvents(answerId, 1)).extracting(r -> r.headers().get("ce_type"))
                    .containsExactly("org.commitmenttracker.answer.received.v1");
        }
        JsonNode shortened = json.readTree(answers.withKey(ids.get(0)).get(0).value());
        assertThat(shortened.at("/answer/answerText").asString())
                .startsWith("<p>We have established a Long Term Workforce Plan Governance Board")
                .endsWith("every two years, or in line with fiscal events.</p>");
        assertThat(shortened.at("/answer/sourceUrl").asString())
                .isEqualTo("https://questions-statements.parliament.uk/written-questions/detail/2024-01-08/710001");
        assertThat(skipsAsked("answeredWhenFrom", "2024-01-12")).containsExactly("0", "2", "4");
        api.verify(1, getRequestedFor(urlPathEqualTo(QUESTIONS + "/1690421")));
    }

    @Test
    void questionsAnsweredTogetherBecomeOneAnswerLinkedToAllTheirUins() {
        stubAnswered("2024-07-22", 0, "answered-2024-07-22.json");

        JsonNode job = awaitEnd(post("{\"from\": \"2024-07-22\", \"to\": \"2024-07-22\"}").location());

        assertThat(job.get("answers").asInt()).isEqualTo(1);
        assertThat(job.get("grouped").asInt()).isEqualTo(1);
        List<TopicProbe.Seen> lead = awaitEvents("uk-parliament:commons:2024-07-17:710006", 1);
        JsonNode answer = json.readTree(lead.get(0).value()).get("answer");
        assertThat(answer.get("groupedUins").valueStream().map(JsonNode::asString)).containsExactly("710007");
        assertThat(answer.get("heading").asString()).isEqualTo("Housing: Construction");
        assertThat(answers.withKey("uk-parliament:commons:2024-07-17:710007")).isEmpty();
    }

    @Test
    void aHoldingAnswerIsReplacedByTheSubstantiveOneAndALateHoldingAnswerIsSuperseded() {
        stubAnswered("2024-02-05", 0, "answered-2024-02-05-holding.json");
        stubAnswered("2024-02-19", 0, "answered-2024-02-19-substantive.json");
        String id = "uk-parliament:lords:2024-01-29:HL71008";

        JsonNode job = awaitEnd(post("{\"from\": \"2024-02-05\", \"to\": \"2024-02-19\"}").location());

        assertThat(job.get("daysDone").asInt()).isEqualTo(15);
        assertThat(job.at("/outcomes/received").asInt()).isEqualTo(1);
        assertThat(job.at("/outcomes/corrected").asInt()).isEqualTo(1);
        List<TopicProbe.Seen> events = awaitEvents(id, 2);
        assertThat(events).extracting(r -> r.headers().get("ce_type")).containsExactly(
                "org.commitmenttracker.answer.received.v1", "org.commitmenttracker.answer.corrected.v1");
        assertThat(json.readTree(events.get(0).value()).at("/answer/holding").asBoolean()).isTrue();
        JsonNode substantive = json.readTree(events.get(1).value()).get("answer");
        assertThat(substantive.get("holding").asBoolean()).isFalse();
        assertThat(substantive.get("dateAnswered").asString()).isEqualTo("2024-02-19");
        assertThat(substantive.get("answerText").asString()).contains("commercial radio sector");

        // the holding answer served again, after the substantive one: kept out
        JsonNode late = awaitEnd(post("{\"from\": \"2024-02-05\", \"to\": \"2024-02-05\"}").location());

        assertThat(late.at("/outcomes/superseded").asInt()).isEqualTo(1);
        assertThat(late.at("/outcomes/received").isMissingNode()).isTrue();
        assertThat(answers.withKey(id)).hasSize(2);
    }

    @Test
    void aCorrectionServedLaterPublishesACorrection() {
        stubAnswered("2024-03-26", 0, "answered-2024-03-26.json");
        stubCorrected("2024-03-28", "corrected-2024-03-28.json");
        String id = "uk-parliament:commons:2024-03-18:710009";

        JsonNode job = awaitEnd(post("{\"from\": \"2024-03-26\", \"to\": \"2024-03-28\"}").location());

        assertThat(job.at("/outcomes/corrected").asInt()).isEqualTo(1);
        List<TopicProbe.Seen> events = awaitEvents(id, 2);
        assertThat(events).extracting(r -> r.headers().get("ce_type")).containsExactly(
                "org.commitmenttracker.answer.received.v1", "org.commitmenttracker.answer.corrected.v1");
        JsonNode received = json.readTree(events.get(0).value());
        JsonNode correction = json.readTree(events.get(1).value());
        assertThat(received.at("/answer/answerText").asString()).contains("We will have closed 100 hotels by the end of March.");
        assertThat(correction.at("/answer/answerText").asString()).contains("We will have closed 150 hotels by the end of April.");
        assertThat(correction.get("previousContentHash").asString()).isEqualTo(received.get("contentHash").asString());
    }

    @Test
    void aWithdrawnQuestionPublishesAWithdrawal() {
        stubAnswered("2024-04-15", 0, "answered-2024-04-15.json");
        stubCorrected("2024-04-16", "corrected-2024-04-16-withdrawn.json");
        String id = "uk-parliament:commons:2024-04-09:710010";

        JsonNode job = awaitEnd(post("{\"from\": \"2024-04-15\", \"to\": \"2024-04-16\"}").location());

        assertThat(job.at("/outcomes/withdrawn").asInt()).isEqualTo(1);
        List<TopicProbe.Seen> events = awaitEvents(id, 2);
        assertThat(events).extracting(r -> r.headers().get("ce_type")).containsExactly(
                "org.commitmenttracker.answer.received.v1", "org.commitmenttracker.answer.withdrawn.v1");
        assertThat(json.readTree(events.get(1).value()).get("answerId").asString()).isEqualTo(id);
    }

    @Test
    void aWrittenStatementIsPublishedAsAStatement() {
        api.stubFor(get(urlPathEqualTo(STATEMENTS)).withQueryParam("madeWhenFrom", equalTo("2020-02-27"))
                .withQueryParam("skip", equalTo("0")).willReturn(okJson(Fixtures.read("statements-2020-02-27.json"))));

        JsonNode job = awaitEnd(post("{\"from\": \"2020-02-27\", \"to\": \"2020-02-27\"}").location());

        assertThat(job.at("/outcomes/received").asInt()).isEqualTo(1);
        List<TopicProbe.Seen> events = awaitEvents("uk-parliament:commons:2020-02-27:HCWS71011", 1);
        assertThat(events.get(0).headers()).containsEntry("ce_type", "org.commitmenttracker.statement.received.v1");
        JsonNode statement = json.readTree(events.get(0).value()).get("statement");
        assertThat(statement.get("heading").asString()).isEqualTo("Treasury Update");
        assertThat(statement.get("answeredBy").asString()).isEqualTo("Rishi Sunak");
        assertThat(statement.get("answeringBody").asString()).isEqualTo("HM Treasury");
        assertThat(statement.get("dateAnswered").asString()).isEqualTo("2020-02-27");
    }

    @Test
    void aPageThatFailsWith503IsAskedAgainAfterItsRetryAfter() {
        api.stubFor(get(urlPathEqualTo(QUESTIONS)).atPriority(1).withQueryParam("answeredWhenFrom", equalTo("2024-05-01"))
                .inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "1")).willSetStateTo("recovered"));
        api.stubFor(get(urlPathEqualTo(QUESTIONS)).atPriority(1).withQueryParam("answeredWhenFrom", equalTo("2024-05-01"))
                .inScenario("busy").whenScenarioStateIs("recovered")
                .willReturn(okJson(Fixtures.read("answered-2024-05-01.json"))));

        JsonNode job = awaitEnd(post("{\"from\": \"2024-05-01\", \"to\": \"2024-05-01\"}").location());

        assertThat(job.get("state").asString()).isEqualTo("done");
        assertThat(job.get("answers").asInt()).isEqualTo(2);
        assertThat(job.get("failedPages").isEmpty()).isTrue();
        awaitEvents("uk-parliament:commons:2024-04-23:710012", 1);
        awaitEvents("uk-parliament:commons:2024-04-23:710013", 1);
        List<LoggedRequest> asked = api.findAll(getRequestedFor(urlPathEqualTo(QUESTIONS))
                .withQueryParam("answeredWhenFrom", equalTo("2024-05-01")));
        assertThat(asked).hasSize(2);
        // the backoff alone would have waited 25 to 50 ms: the second request waited for Retry-After's second
        assertThat(Duration.between(asked.get(0).getLoggedDate().toInstant(), asked.get(1).getLoggedDate().toInstant()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void aMalformedPageFailsLoudlyTheRestGoesOnAndTheJobReportsIt() {
        stubAnswered("2024-07-25", 0, "answered-2024-07-25-skip0.json");
        stubAnswered("2024-07-25", 2, "answered-2024-07-25-skip2-malformed.json");
        stubAnswered("2024-07-26", 0, "answered-2024-07-26.json");

        JsonNode job = awaitEnd(post("{\"from\": \"2024-07-25\", \"to\": \"2024-07-26\"}").location());

        assertThat(job.get("state").asString()).isEqualTo("done_with_failures");
        assertThat(job.get("daysDone").asInt()).isEqualTo(2);
        assertThat(job.get("answers").asInt()).isEqualTo(3);
        assertThat(job.get("failedPages")).hasSize(1);
        JsonNode failed = job.get("failedPages").get(0);
        assertThat(failed.get("day").asString()).isEqualTo("2024-07-25");
        assertThat(failed.get("source").asString()).isEqualTo("answered");
        assertThat(failed.get("skip").asInt()).isEqualTo(2);
        assertThat(failed.get("reason").asString()).startsWith("malformed JSON at line");
        awaitEvents("uk-parliament:commons:2024-07-19:710014", 1);
        awaitEvents("uk-parliament:commons:2024-07-19:710015", 1);
        awaitEvents("uk-parliament:commons:2024-07-22:710016", 1);
        // the rest of the failed day was still read
        api.verify(1, getRequestedFor(urlPathEqualTo(QUESTIONS)).withQueryParam("correctedWhenFrom", equalTo("2024-07-25")));
        api.verify(1, getRequestedFor(urlPathEqualTo(STATEMENTS)).withQueryParam("madeWhenFrom", equalTo("2024-07-25")));
    }

    @Test
    void aBackfillOfSeveralWindowsStoppedMidwayResumesFromItsCheckpointWithoutGapsOrDuplicates() {
        // windows of three days: 21-23, 24-26, 27-29 and 30 April, each asked for with one range query per list
        stubAnswered("2025-04-24", 0, "answered-2025-04-22.json");
        stubAnswered("2025-04-30", 0, "answered-2025-04-30.json");
        LocalDate stopWindow = LocalDate.of(2025, 4, 24);
        // the first instance is killed in the second window, after taking its answer in, before its checkpoint
        JobRunner first = new JobRunner(jobs, List.of(new BackfillWork((from, to) -> {
            DayResult result = days.ingest(from, to);
            if (from.equals(stopWindow)) {
                throw new CancellationException("killed");
            }
            return result;
        }, 3)), 100, clock);
        Job started = new BackfillService(first, clock).start(new BackfillRequest(LocalDate.of(2025, 4, 21),
                LocalDate.of(2025, 4, 30)));
        await().atMost(Duration.ofSeconds(30)).until(() -> api.findAll(getRequestedFor(urlPathEqualTo(STATEMENTS))
                .withQueryParam("madeWhenFrom", equalTo(stopWindow.toString()))).size() == 1);
        first.stop();
        Job halfWay = jobs.find(started.id()).orElseThrow();
        assertThat(halfWay.state()).isEqualTo(JobState.RUNNING);
        assertThat(halfWay.checkpoint()).isEqualTo(stopWindow.toString());
        assertThat(halfWay.done()).isEqualTo(3);

        // the next instance starts later than the job was created
        JobRunner second = new JobRunner(jobs, List.of(new BackfillWork(days::ingest, 3)), 100,
                Clock.offset(clock, Duration.ofSeconds(1)));
        try {
            second.takeOverUnfinished();
            BackfillJobResponse done = BackfillJobResponse.of(await().atMost(Duration.ofSeconds(30))
                    .until(() -> jobs.find(started.id()).orElseThrow(), Job::ended));

            assertThat(done.state()).isEqualTo("done");
            assertThat(done.daysDone()).isEqualTo(10);
            assertThat(done.answers()).isEqualTo(2);
            // the window cut short came back as a duplicate, which publishes nothing
            assertThat(done.outcomes()).containsOnly(entry("duplicate", 1L), entry("received", 1L));
            // the first instance, were it still there, could not record its window again
            assertThat(jobs.advanced(started.id(), stopWindow.toString(), "2025-04-27",
                    new JobProgress(3, 0, Map.of("received", 1L), List.of()), clock.instant())).isFalse();
            assertThat(jobs.find(started.id()).orElseThrow().done()).isEqualTo(10);
        } finally {
            second.stop();
        }
        // every window asked for once, with its range; the window cut short twice, whole; never a day on its own
        assertThat(rangesAsked("answeredWhen")).containsExactly("2025-04-21/2025-04-23", "2025-04-24/2025-04-26",
                "2025-04-24/2025-04-26", "2025-04-27/2025-04-29", "2025-04-30/2025-04-30");
        assertThat(rangesAsked("madeWhen")).containsExactly("2025-04-21/2025-04-23", "2025-04-24/2025-04-26",
                "2025-04-24/2025-04-26", "2025-04-27/2025-04-29", "2025-04-30/2025-04-30");
        assertThat(awaitEvents("uk-parliament:commons:2025-04-08:710017", 1)).hasSize(1);
        assertThat(awaitEvents("uk-parliament:commons:2025-04-24:710018", 1)).hasSize(1);
    }

    /** The {@code <prefix>From/<prefix>To} ranges asked for in April 2025 (this test's), in order. */
    private List<String> rangesAsked(String prefix) {
        String path = prefix.equals("madeWhen") ? STATEMENTS : QUESTIONS;
        return api.findAll(getRequestedFor(urlPathEqualTo(path))).stream()
                .filter(r -> r.queryParameter(prefix + "From").isPresent()
                        && r.queryParameter(prefix + "From").firstValue().startsWith("2025-04-"))
                .map(r -> r.queryParameter(prefix + "From").firstValue() + "/" + r.queryParameter(prefix + "To").firstValue())
                .toList();
    }

    @Test
    void rangesThatCannotBeBackfilledAreRefusedNamingTheField() {
        assertInvalid("{\"from\": \"2024-03-31\", \"to\": \"2024-01-01\"}", "from");
        assertInvalid("{\"from\": \"2013-12-31\", \"to\": \"2014-01-02\"}", "from");
        assertInvalid("{\"to\": \"2024-01-01\"}", "from");
        assertInvalid("{\"from\": \"2024-01-01\"}", "to");
        assertInvalid("{\"from\": \"2025-11-30\", \"to\": \"2025-12-02\"}", "to");
        assertInvalid("{\"from\": \"1 January 2024\", \"to\": \"2024-01-02\"}", "from");

        Reply unknown = exchange(RestClient.create("http://127.0.0.1:" + port).get().uri("/api/ingest/backfill/no-such-job"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().get("type").asString()).isEqualTo("urn:commitment-tracker:problem:not-found");
    }

    private void assertInvalid(String body, String field) {
        Reply reply = post(body);
        assertThat(reply.status()).as(body).isEqualTo(400);
        assertThat(reply.contentType()).isEqualTo("application/problem+json");
        assertThat(reply.body().get("type").asString()).isEqualTo("urn:commitment-tracker:problem:invalid-request");
        assertThat(reply.body().get("errors").valueStream().map(e -> e.get("field").asString())).as(body).containsExactly(field);
    }

    private static void stubAnswered(String day, int skip, String fixture) {
        api.stubFor(get(urlPathEqualTo(QUESTIONS)).atPriority(1).withQueryParam("answeredWhenFrom", equalTo(day))
                .withQueryParam("skip", equalTo(String.valueOf(skip))).willReturn(okJson(Fixtures.read(fixture))));
    }

    private static void stubCorrected(String day, String fixture) {
        api.stubFor(get(urlPathEqualTo(QUESTIONS)).atPriority(1).withQueryParam("correctedWhenFrom", equalTo(day))
                .withQueryParam("skip", equalTo("0")).willReturn(okJson(Fixtures.read(fixture))));
    }

    /** The {@code skip} of every request for one day's list, in order. */
    private static List<String> skipsAsked(String window, String day) {
        return api.findAll(getRequestedFor(urlPathEqualTo(QUESTIONS)).withQueryParam(window, equalTo(day))).stream()
                .map(request -> request.queryParameter("skip").firstValue()).toList();
    }

    private static List<TopicProbe.Seen> awaitEvents(String key, int count) {
        return await().atMost(Duration.ofSeconds(15)).until(() -> answers.withKey(key), records -> records.size() >= count);
    }

    private JsonNode awaitEnd(String location) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> exchange(RestClient.create("http://127.0.0.1:" + port).get().uri(location)).body(),
                        job -> !List.of("queued", "running").contains(job.get("state").asString()));
    }

    record Reply(int status, String contentType, String location, JsonNode body) {
    }

    private Reply post(String body) {
        return exchange(RestClient.create("http://127.0.0.1:" + port).post().uri("/api/ingest/backfill")
                .contentType(MediaType.APPLICATION_JSON).body(body));
    }

    private Reply exchange(RestClient.RequestHeadersSpec<?> request) {
        return request.exchange((req, response) -> new Reply(response.getStatusCode().value(),
                String.valueOf(response.getHeaders().getContentType()), response.getHeaders().getFirst(HttpHeaders.LOCATION),
                json.readTree(response.getBody())), true);
    }
}
