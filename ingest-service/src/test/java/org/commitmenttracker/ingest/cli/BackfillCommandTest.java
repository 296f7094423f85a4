package org.commitmenttracker.ingest.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code bin/backfill} against a fake gateway: what it sends, what it shows, what it exits with. */
class BackfillCommandTest {

    private static final String KEY = "admin-0123456789abcdef01234";

    private WireMockServer gateway;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void start() {
        gateway = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        gateway.start();
    }

    @AfterEach
    void stop() {
        gateway.stop();
    }

    private int run(String... args) {
        BackfillCommand command = new BackfillCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false, Duration.ofMillis(10));
        return command.run(args, Map.of("TRACKER_API_KEY", KEY));
    }

    private String url() {
        return "http://127.0.0.1:" + gateway.port();
    }

    @Test
    void startsTheBackfillFollowsItsDaysAndSumsItUp() {
        gateway.stubFor(post("/api/ingest/backfill").willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withBody(job("queued", 0, 0, "{}", 0, "[]"))));
        gateway.stubFor(get("/api/ingest/backfill/job-1").inScenario("job").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(job("running", 7, 40, "{\"received\": 40}", 0, "[]"))).willSetStateTo("done"));
        gateway.stubFor(get("/api/ingest/backfill/job-1").inScenario("job").whenScenarioStateIs("done")
                .willReturn(okJson(job("done", 10, 54, "{\"received\": 52, \"corrected\": 2}", 0, "[]"))));

        int status = run("--url", url(), "2024-01-01", "2024-01-10");

        assertThat(status).isEqualTo(BackfillCommand.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("backfill 2024-01-01 to 2024-01-10: 10 days, 54 answers "
                + "and statements (received 52, corrected 2), 1 grouped, 0 rejected, 0 failed pages (job job-1)\n");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("backfill 2024-01-01 to 2024-01-10: queued",
                "backfill 2024-01-01 to 2024-01-10: running, 7/10 days, 0 failed",
                "backfill 2024-01-01 to 2024-01-10: done, 10/10 days, 0 failed");
        gateway.verify(postRequestedFor(urlEqualTo("/api/ingest/backfill"))
                .withHeader("Authorization", equalTo("Bearer " + KEY))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"from\": \"2024-01-01\", \"to\": \"2024-01-10\"}")));
    }

    @Test
    void failedPagesAreListedAndExitOne() {
        gateway.stubFor(get("/api/ingest/backfill/job-1").willReturn(okJson(job("done_with_failures", 10, 3,
                "{\"received\": 3}", 2, "[{\"day\": \"2024-01-01\", \"source\": \"answered\", \"skip\": 50, "
                        + "\"reason\": \"HTTP 503 after 5 attempts\"}, {\"day\": \"2024-01-08\", \"source\": "
                        + "\"statements\", \"skip\": 0, \"reason\": \"malformed JSON at line 1\"}]"))));

        int status = run("--url", url(), "--errors", "1", "--watch", "job-1");

        assertThat(status).isEqualTo(BackfillCommand.FAILED);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("""
                backfill 2024-01-01 to 2024-01-10: 10 days, 3 answers and statements (received 3), 1 grouped, 0 rejected, 2 failed pages (job job-1)
                  answered 2024-01-01 skip 50: HTTP 503 after 5 attempts
                  ... and 1 more
                  a failed page is named by the first day of its window: backfilling that window again reads it again
                """);
        gateway.verify(0, postRequestedFor(urlEqualTo("/api/ingest/backfill")));
    }

    @Test
    void detachPrintsTheJobAndReturnsAndARefusalShowsItsProblemDetail() {
        gateway.stubFor(post("/api/ingest/backfill").withRequestBody(equalToJson("{\"from\": \"2024-01-01\", "
                + "\"to\": \"2024-01-10\"}")).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withBody(job("queued", 0, 0, "{}", 0, "[]"))));
        gateway.stubFor(post("/api/ingest/backfill").withRequestBody(equalToJson("{\"from\": \"2013-01-01\", "
                + "\"to\": \"2013-01-02\"}")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\": 400, \"detail\": "
                        + "\"from: must not be before 2014-01-01, the API's first answers\"}")));

        assertThat(run("--url", url(), "--detach", "2024-01-01", "2024-01-10")).isEqualTo(BackfillCommand.OK);
        assertThat(run("--url", url(), "2013-01-01", "2013-01-02")).isEqualTo(BackfillCommand.FAILED);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("""
                job-1
                backfill 2013-01-01 to 2013-01-02: refused (400): from: must not be before 2014-01-01, the API's first answers
                """);
        gateway.verify(0, getRequestedFor(urlEqualTo("/api/ingest/backfill/job-1")));
    }

    @Test
    void aJobThatCannotBeFoundOrAGatewayThatCannotBeReachedIsSaidPlainly() {
        gateway.stubFor(get("/api/ingest/backfill/nope").willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\": 404, \"detail\": \"No backfill job nope.\"}")));

        assertThat(run("--url", url(), "--watch", "nope")).isEqualTo(BackfillCommand.FAILED);
        int port = gateway.port();
        gateway.stop();
        assertThat(run("--url", "http://127.0.0.1:" + port, "2024-01-01", "2024-01-02")).isEqualTo(BackfillCommand.FAILED);

        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("backfill nope: 404: No backfill job nope.\n"
                + "bin/backfill: the gateway at http://127.0.0.1:" + port + " could not be reached (connection refused)");
    }

    @Test
    void usageErrorsExitTwoSayingWhatIsWrongAndSendNothing() {
        assertThat(run()).isEqualTo(BackfillCommand.USAGE_ERROR);
        assertThat(run("2024-01-01")).isEqualTo(BackfillCommand.USAGE_ERROR);
        assertThat(run("1 January 2024", "2024-01-02")).isEqualTo(BackfillCommand.USAGE_ERROR);
        assertThat(run("--watch", "job-1", "2024-01-01", "2024-01-02")).isEqualTo(BackfillCommand.USAGE_ERROR);
        assertThat(run("--watch", "../../etc")).isEqualTo(BackfillCommand.USAGE_ERROR);
        assertThat(run("--errors", "many", "2024-01-01", "2024-01-02")).isEqualTo(BackfillCommand.USAGE_ERROR);
        assertThat(run("--url", "ftp://example.org", "2024-01-01", "2024-01-02")).isEqualTo(BackfillCommand.USAGE_ERROR);
        assertThat(new BackfillCommand(new PrintStream(out), new PrintStream(err), false, Duration.ZERO)
                .run(new String[] {"2024-01-01", "2024-01-02"}, Map.of())).isEqualTo(BackfillCommand.USAGE_ERROR);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains(
                "bin/backfill: give the first and the last day, such as 2024-01-01 2024-03-31",
                "bin/backfill: FROM must be a date such as 2024-01-01, not 1 January 2024",
                "bin/backfill: --watch follows a job already started: give no days and no --detach",
                "bin/backfill: --watch takes a job id", "bin/backfill: --errors takes a number",
                "bin/backfill: --url must be an http or https URL",
                "bin/backfill: no API key: give --key or set TRACKER_API_KEY (an admin key)");
        assertThat(gateway.getAllServeEvents()).isEmpty();
        assertThat(run("--help")).isEqualTo(BackfillCommand.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Backfills a range of days");
    }

    private static String job(String state, long daysDone, long answers, String outcomes, long failedPages, String pages) {
        return "{\"id\": \"job-1\", \"from\": \"2024-01-01\", \"to\": \"2024-01-10\", \"state\": \"" + state
                + "\", \"daysDone\": " + daysDone + ", \"daysTotal\": 10, \"answers\": " + answers + ", \"outcomes\": "
                + outcomes + ", \"grouped\": 1, \"rejected\": 0, \"failedPageCount\": " + failedPages
                + ", \"failedPages\": " + pages + ", \"reason\": null}";
    }
}
