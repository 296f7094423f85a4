package org.commitmenttracker.ingest.parliament;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.bson.Document;
import org.commitmenttracker.events.Topics;
import org.commitmenttracker.localinfra.TestInfrastructure;
import org.commitmenttracker.localinfra.TestInfrastructureConfiguration;
import org.commitmenttracker.localinfra.TopicProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The poller, switched on, against a local fake of the API that serves 19 to 21 November 2025 (today, by the clock),
 * with 20 November's page malformed until the test mends it. The context is closed after the class, so that its
 * poller stops with the fake.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.address=127.0.0.1",
        "ingest.parliament.polling-enabled=true",
        "ingest.parliament.poll-interval=PT0.2S",
        "ingest.parliament.poll-from=2025-11-19",
        "ingest.parliament.page-size=2",
        "ingest.parliament.requests-per-second=200",
        "ingest.parliament.max-retries=1",
        "ingest.parliament.initial-backoff=PT0.05S"})
@Import({TestInfrastructureConfiguration.class, ParliamentPollerIT.FixedClock.class})
@DirtiesContext
class ParliamentPollerIT {

    private static final String QUESTIONS = ParliamentApiClient.QUESTIONS;
    private static final String STATEMENTS = ParliamentApiClient.STATEMENTS;
    private static final LocalDate TODAY = LocalDate.of(2025, 11, 21);
    private static final LocalDate BROKEN_DAY = LocalDate.of(2025, 11, 20);

    private static final WireMockServer api = startApi();
    private static TopicProbe answers;

    @Autowired
    CheckpointStore checkpoints;

    @Autowired
    MongoTemplate mongo;

    @TestConfiguration(proxyBeanMethods = false)
    static class FixedClock {

        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(Instant.parse("2025-11-21T18:00:00Z"), ZoneOffset.UTC);
        }
    }

    @DynamicPropertySource
    static void parliamentApi(DynamicPropertyRegistry registry) {
        registry.add("ingest.parliament.base-url", api::baseUrl);
    }

    /** Started, with its fixtures, before the context: the poller runs as soon as the service is up. */
    private static WireMockServer startApi() {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        String empty = "{\"totalResults\": 0, \"results\": []}";
        server.stubFor(get(urlPathEqualTo(QUESTIONS)).atPriority(10).willReturn(okJson(empty)));
        server.stubFor(get(urlPathEqualTo(STATEMENTS)).atPriority(10).willReturn(okJson(empty)));
        server.stubFor(get(urlPathEqualTo(STATEMENTS)).atPriority(1).withQueryParam("madeWhenFrom", equalTo("2025-11-19"))
                .willReturn(okJson(Fixtures.read("statements-2025-11-19.json"))));
        server.stubFor(get(urlPathEqualTo(QUESTIONS)).atPriority(1).withQueryParam("answeredWhenFrom", equalTo("2025-11-20"))
                .inScenario("outage").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(Fixtures.read("answered-2024-07-25-skip2-malformed.json"))));
        server.stubFor(get(urlPathEqualTo(QUESTIONS)).atPriority(1).withQueryParam("answeredWhenFrom", equalTo("2025-11-20"))
                .inScenario("outage").whenScenarioStateIs("mended")
                .willReturn(okJson(Fixtures.read("answered-2025-11-20.json"))));
        server.stubFor(get(urlPathEqualTo(QUESTIONS)).atPriority(1).withQueryParam("answeredWhenFrom", equalTo("2025-11-21"))
                .willReturn(okJson(Fixtures.read("answered-2025-11-21.json"))));
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
    void pollsEachDayToTodayKeepsAFailedDayAndTakesItInOnceItMends() {
        PollCheckpoint broken = await().atMost(Duration.ofSeconds(30)).until(() -> checkpoints.load().orElse(null),
                checkpoint -> checkpoint != null && TODAY.equals(checkpoint.nextDay())
                        && checkpoint.failedDays().containsKey(BROKEN_DAY));
        assertThat(broken.failedDays().get(BROKEN_DAY)).singleElement().satisfies(failure -> {
            assertThat(failure.source()).isEqualTo("answered");
            assertThat(failure.skip()).isZero();
            assertThat(failure.reason()).startsWith("malformed JSON");
        });
        // the days either side of the broken one were taken in all the same
        assertThat(awaitEvents("uk-parliament:commons:2025-11-19:HCWS71019", 1).get(0).headers())
                .containsEntry("ce_type", "org.commitmenttracker.statement.received.v1");
        awaitEvents("uk-parliament:commons:2025-11-12:710021", 1);
        assertThat(answers.withKey("uk-parliament:commons:2025-11-13:710020")).isEmpty();

        api.setScenarioState("outage", "mended");

        assertThat(awaitEvents("uk-parliament:commons:2025-11-13:710020", 1)).extracting(r -> r.headers().get("ce_type"))
                .containsExactly("org.commitmenttracker.answer.received.v1");
        PollCheckpoint mended = await().atMost(Duration.ofSeconds(30)).until(() -> checkpoints.load().orElseThrow(),
                checkpoint -> checkpoint.failedDays().isEmpty());
        assertThat(mended.nextDay()).isEqualTo(TODAY);
        // today is polled by every run, yet its answer was published once: the intake tells the repeats
        await().atMost(Duration.ofSeconds(30)).until(() -> api.findAll(getRequestedFor(urlPathEqualTo(QUESTIONS))
                .withQueryParam("answeredWhenFrom", equalTo(TODAY.toString()))).size() >= 3);
        assertThat(answers.withKey("uk-parliament:commons:2025-11-12:710021")).hasSize(1);
        // days before the checkpoint that did not fail are not polled again
        assertThat(api.findAll(getRequestedFor(urlPathEqualTo(STATEMENTS)).withQueryParam("madeWhenFrom", equalTo("2025-11-19"))))
                .hasSize(1);
        assertThat(api.findAll(getRequestedFor(urlPathEqualTo(QUESTIONS)).withQueryParam("answeredWhenFrom",
                equalTo("2025-11-18")))).isEmpty();
    }

    @Test
    void theCheckpointIsOneDocumentOfDaysAsIsoStrings() {
        await().atMost(Duration.ofSeconds(30)).until(() -> checkpoints.load().map(PollCheckpoint::nextDay).orElse(null),
                TODAY::equals);

        List<Document> documents = mongo.findAll(Document.class, MongoCheckpointStore.COLLECTION);

        assertThat(documents).singleElement().satisfies(doc -> {
            assertThat(doc.getString("_id")).isEqualTo(MongoCheckpointStore.ID);
            assertThat(doc.getString("nextDay")).isEqualTo("2025-11-21");
        });
    }

    private static List<TopicProbe.Seen> awaitEvents(String key, int count) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> answers.withKey(key), records -> records.size() >= count);
    }
}
