package org.commitmenttracker.ingest.parliament;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.commitmenttracker.ingest.IngestProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The client against a local fake of the API: the requests it makes, its retries and waits, its failures. */
class ParliamentApiClientTest {

    private static final String QUESTIONS = ParliamentApiClient.QUESTIONS;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-02-19T10:00:00Z"), ZoneOffset.UTC);

    private static WireMockServer api;

    private final List<Duration> waits = new ArrayList<>();
    private ParliamentApiClient client;

    @BeforeAll
    static void startApi() {
        api = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        api.start();
    }

    @AfterAll
    static void stopApi() {
        api.stop();
    }

    @BeforeEach
    void newClient() {
        api.resetAll();
        client = client(Duration.ofSeconds(5));
    }

    private ParliamentApiClient client(Duration timeout) {
        IngestProperties.Parliament settings = new IngestProperties.Parliament(false, URI.create(api.baseUrl() + "/"),
                Duration.ofMinutes(15), null, 1_000, 2, 3, Duration.ofMillis(100), timeout, 7);
        // waits are recorded, not sat through; the jitter draws 0, so the backoff is exactly half its ceiling
        return ParliamentApiClient.create(settings, JsonMapper.builder().build(), CLOCK, waits::add, () -> 0.0);
    }

    @Test
    void asksForOneDaysAnsweredWindowPageByPageWithMembersAndWithdrawnQuestions() {
        api.stubFor(get(urlPathEqualTo(QUESTIONS)).willReturn(okJson(Fixtures.read("answered-2024-01-12-skip2.json"))));

        ResultsPage<JsonNode> page = client.questions(ParliamentApiClient.Window.ANSWERED, LocalDate.of(2024, 1, 12), 2, 2);

        assertThat(page.totalResults()).isEqualTo(5);
        assertThat(page.results()).extracting(item -> item.value().get("uin").asString()).containsExactly("710003", "HL71004");
        assertThat(page.results().get(0).links()).extracting(ResultsPage.Link::rel).containsExactly("self");
        LoggedRequest request = api.findAll(getRequestedFor(urlPathEqualTo(QUESTIONS))).get(0);
        assertThat(request.queryParameter("answeredWhenFrom").firstValue()).isEqualTo("2024-01-12");
        assertThat(request.queryParameter("answeredWhenTo").firstValue()).isEqualTo("2024-01-12");
        assertThat(request.queryParameter("skip").firstValue()).isEqualTo("2");
        assertThat(request.queryParameter("take").firstValue()).isEqualTo("2");
        assertThat(request.queryParameter("expandMember").firstValue()).isEqualTo("true");
        assertThat(request.queryParameter("includeWithdrawn").firstValue()).isEqualTo("true");
        assertThat(request.queryParameter("correctedWhenFrom").isPresent()).isFalse();
        assertThat(waits).isEmpty();
    }

    @Test
    void asksForTheCorrectedWindowAndTheStatementsOfADay() {
        api.stubFor(get(urlPathEqualTo(QUESTIONS)).willReturn(okJson(Fixtures.read("corrected-2024-03-28.json"))));
        api.stubFor(get(urlPathEqualTo(ParliamentApiClient.STATEMENTS)).willReturn(okJson(Fixtures.read("statements-2020-02-27.json"))));

        JsonNode corrected = client.questions(ParliamentApiClient.Window.CORRECTED, LocalDate.of(2024, 3, 28), 0, 2)
                .results().get(0).value();
        JsonNode statement = client.statements(LocalDate.of(2020, 2, 27), 0, 2).results().get(0).value();

        assertThat(corrected.get("answerIsCorrection").asBoolean()).isTrue();
        assertThat(statement.get("uin").asString()).isEqualTo("HCWS71011");
        LoggedRequest questions = api.findAll(getRequestedFor(urlPathEqualTo(QUESTIONS))).get(0);
        assertThat(questions.queryParameter("correctedWhenFrom").firstValue()).isEqualTo("2024-03-28");
        assertThat(questions.queryParameter("correctedWhenTo").firstValue()).isEqualTo("2024-03-28");
        LoggedRequest statements = api.findAll(getRequestedFor(urlPathEqualTo(ParliamentApiClient.STATEMENTS))).get(0);
        assertThat(statements.queryParameter("madeWhenFrom").firstValue()).isEqualTo("2020-02-27");
        assertThat(statements.queryParameter("madeWhenTo").firstValue()).isEqualTo("2020-02-27");
    }

    @Test
    void fetchesAQuestionByIdWithItsAnswerWhole() {
        api.stubFor(get(urlPathEqualTo(QUESTIONS + "/1690421")).willReturn(okJson(Fixtures.read("question-1690421.json"))));

        JsonNode question = client.question(1690421);

        assertThat(question.get("answerText").asString()).endsWith("every two years, or in line with fiscal events.</p>");
        assertThat(ParliamentRecords.isShortened(question.get("answerText").asString())).isFalse();
        assertThat(api.findAll(getRequestedFor(urlPathEqualTo(QUESTIONS + "/1690421"))).get(0)
                .queryParameter("expandMember").firstValue()).isEqualTo("true");
    }

    @Test
    void a503WithRetryAfterIsWaitedOutThenRetried() {
        api.stubFor(get(urlPathEqualTo(QUESTIONS)).inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "7")).willSetStateTo("recovered"));
        api.stubFor(get(urlPathEqualTo(QUESTIONS)).inScenario("busy").whenScenarioStateIs("recovered")
                .willReturn(okJson(Fixtures.read("answered-2024-05-01.json"))));

        ResultsPage<JsonNode> page = client.questions(ParliamentApiClient.Window.ANSWERED, LocalDate.of(2024, 5, 1), 0, 2);

        assertThat(page.results()).hasSize(2);
        assertThat(waits).containsExactly(Duration.ofSeconds(7));
        api.verify(2, getRequestedFor(urlPathEqualTo(QUESTIONS)));
    }

    @Test
    void a429WithAnHttpDateIsWaitedOutUntilThatMoment() {
        api.stubFor(get(urlPathEqualTo(QUESTIONS)).inScenario("limited").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "Mon, 19 Feb 2024 10:00:12 GMT"))
                .willSetStateTo("allowed"));
        api.stubFor(get(urlPathEqualTo(QUESTIONS)).inScenario("limited").whenScenarioStateIs("allowed")
                .willReturn(okJson(Fixtures.read("answered-2024-05-01.json"))));

        client.questions(ParliamentApiClient.Window.ANSWERED, LocalDate.of(2024, 5, 1), 0, 2);

        assertThat(waits).containsExactly(Duration.ofSeconds(12));
    }

    @Test
    void serverErrorsBackOffExponentiallyThenFailThePageNamingIt() {
        api.stubFor(get(urlPathEqualTo(QUESTIONS)).willReturn(aResponse().withStatus(500)));

        assertThatThrownBy(() -> client.questions(ParliamentApiClient.Window.ANSWERED, LocalDate.of(2024, 5, 1), 4, 2))
                .isInstanceOfSatisfying(ParliamentApiException.class, e -> {
                    assertThat(e.reason()).isEqualTo("HTTP 500 after 4 attempts");
                    assertThat(e.request()).startsWith("GET " + QUESTIONS + "?answeredWhenFrom=2024-05-01").contains("skip=4");
                });
        assertThat(waits).containsExactly(Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(200));
        api.verify(4, getRequestedFor(urlPathEqualTo(QUESTIONS)));
    }

    @Test
    void aClientErrorIsNotRetried() {
        api.stubFor(get(urlPathEqualTo(QUESTIONS + "/42")).willReturn(aResponse().withStatus(404)));

        assertThatThrownBy(() -> client.question(42))
                .isInstanceOfSatisfying(ParliamentApiException.class, e -> assertThat(e.reason()).isEqualTo("HTTP 404"));
        assertThat(waits).isEmpty();
        api.verify(1, getRequestedFor(urlPathEqualTo(QUESTIONS + "/42")));
    }

    @Test
    void aMalformedPageFailsAtOnceSayingWhere() {
        api.stubFor(get(urlPathEqualTo(QUESTIONS)).willReturn(okJson(Fixtures.read("answered-2024-07-25-skip2-malformed.json"))));

        assertThatThrownBy(() -> client.questions(ParliamentApiClient.Window.ANSWERED, LocalDate.of(2024, 7, 25), 2, 2))
                .isInstanceOfSatisfying(ParliamentApiException.class,
                        e -> assertThat(e.reason()).matches("malformed JSON at line \\d+, column \\d+"));
        api.verify(1, getRequestedFor(urlPathEqualTo(QUESTIONS)));
    }

    @Test
    void jsonThatIsNotAResultsPageFails() {
        api.stubFor(get(urlPathEqualTo(QUESTIONS)).willReturn(okJson("{\"status\": \"ok\"}")));

        assertThatThrownBy(() -> client.questions(ParliamentApiClient.Window.ANSWERED, LocalDate.of(2024, 7, 25), 0, 2))
                .isInstanceOfSatisfying(ParliamentApiException.class,
                        e -> assertThat(e.reason()).isEqualTo("not a results page (no results)"));
    }

    @Test
    void aTimeoutIsRetried() {
        ParliamentApiClient impatient = client(Duration.ofMillis(300));
        api.stubFor(get(urlPathEqualTo(QUESTIONS)).inScenario("slow").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(Fixtures.read("answered-2024-05-01.json")).withFixedDelay(3_000)).willSetStateTo("fast"));
        api.stubFor(get(urlPathEqualTo(QUESTIONS)).inScenario("slow").whenScenarioStateIs("fast")
                .willReturn(okJson(Fixtures.read("answered-2024-05-01.json"))));

        ResultsPage<JsonNode> page = impatient.questions(ParliamentApiClient.Window.ANSWERED, LocalDate.of(2024, 5, 1), 0, 2);

        assertThat(page.results()).hasSize(2);
        assertThat(waits).containsExactly(Duration.ofMillis(50));
    }

    @Test
    void aRetryAfterOfHoursFailsThePageInsteadOfHoldingThePoller() {
        api.stubFor(get(urlPathEqualTo(QUESTIONS)).willReturn(aResponse().withStatus(503).withHeader("Retry-After", "3600")));

        assertThatThrownBy(() -> client.questions(ParliamentApiClient.Window.ANSWERED, LocalDate.of(2024, 5, 1), 0, 2))
                .isInstanceOfSatisfying(ParliamentApiException.class,
                        e -> assertThat(e.reason()).isEqualTo("HTTP 503; asked to retry after 3600 s"));
        assertThat(waits).isEmpty();
    }

    @Test
    void anInterruptedWaitCancelsTheRequest() {
        IngestProperties.Parliament settings = new IngestProperties.Parliament(false, URI.create(api.baseUrl()),
                Duration.ofMinutes(15), null, 1_000, 2, 3, Duration.ofMillis(100), Duration.ofSeconds(5), 7);
        ParliamentApiClient stopping = ParliamentApiClient.create(settings, JsonMapper.builder().build(), CLOCK, duration -> {
            throw new InterruptedException("stopping");
        }, () -> 0.0);
        api.stubFor(get(urlPathEqualTo(QUESTIONS)).willReturn(aResponse().withStatus(503)));

        try {
            assertThatThrownBy(() -> stopping.questions(ParliamentApiClient.Window.ANSWERED, LocalDate.of(2024, 5, 1), 0, 2))
                    .isInstanceOf(CancellationException.class);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}
