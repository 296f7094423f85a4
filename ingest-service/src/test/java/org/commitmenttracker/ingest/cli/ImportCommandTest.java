package org.commitmenttracker.ingest.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bin/import} against a fake gateway: what it sends, what it shows, what it exits with. */
class ImportCommandTest {

    private static final String KEY = "editor-0123456789abcdef0123";

    private WireMockServer gateway;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

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
        ImportCommand command = new ImportCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false, Duration.ofMillis(10));
        return command.run(args, Map.of("TRACKER_API_KEY", KEY));
    }

    private String url() {
        return "http://127.0.0.1:" + gateway.port();
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void streamsTheFileFollowsTheJobAndSumsItUp() throws IOException {
        Path answers = file("answers.jsonl", "{\"a\": 1}\n{\"a\": 2}\n{\"a\": 3}\n");
        gateway.stubFor(post("/api/imports").willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withBody(job("queued", 0, 0, 0, "{}", "[]"))));
        gateway.stubFor(get("/api/imports/job-1").inScenario("job").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(job("running", 3, 1, 0, "{\"received\": 1}", "[]"))).willSetStateTo("done"));
        gateway.stubFor(get("/api/imports/job-1").inScenario("job").whenScenarioStateIs("done")
                .willReturn(okJson(job("completed", 3, 2, 1, "{\"received\": 1, \"duplicate\": 1}",
                        "[{\"place\": \"line 3\", \"reason\": \"answerText: must not be blank\"}]"))));

        int status = run("--url", url() + "/", answers.toString());

        assertThat(status).isEqualTo(ImportCommand.FAILED);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("""
                answers.jsonl: 3 records, 2 taken in (received 1, duplicate 1), 1 failed (job job-1)
                  line 3: answerText: must not be blank
                """);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("answers.jsonl: queued",
                "answers.jsonl: running, 1/3 records, 0 failed", "answers.jsonl: completed, 3/3 records, 1 failed");
        gateway.verify(postRequestedFor(urlEqualTo("/api/imports"))
                .withHeader("Authorization", equalTo("Bearer " + KEY))
                .withHeader("Content-Type", equalTo("application/x-ndjson"))
                .withRequestBody(equalTo("{\"a\": 1}\n{\"a\": 2}\n{\"a\": 3}\n")));
    }

    @Test
    void aCleanImportExitsZeroAndAnXmlFileCarriesItsDateAnswered() throws IOException {
        Path wrans = file("answers2019-11-05.xml", "<publicwhip/>");
        gateway.stubFor(post(urlPathEqualTo("/api/imports")).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json")
                .withBody(job("completed", 2, 2, 0, "{\"received\": 2}", "[]"))));

        int status = run("--url=" + url(), "--date-answered", "2019-11-05", wrans.toString());

        assertThat(status).isEqualTo(ImportCommand.OK);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("answers2019-11-05.xml: 2 records, 2 taken in (received 2), 0 failed (job job-1)\n");
        gateway.verify(postRequestedFor(urlEqualTo("/api/imports?dateAnswered=2019-11-05"))
                .withHeader("Content-Type", equalTo("application/xml")));
    }

    @Test
    void aRefusedFileShowsTheProblemDetailAndTheOthersStillGo() throws IOException {
        Path big = file("big.json", "{}");
        Path small = file("small.ndjson", "{}\n");
        gateway.stubFor(post("/api/imports").withHeader("Content-Type", equalTo("application/json"))
                .willReturn(aResponse().withStatus(413).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"title\": \"Payload Too Large\", \"status\": 413, "
                                + "\"detail\": \"An import may be at most 512MB.\"}")));
        gateway.stubFor(post("/api/imports").withHeader("Content-Type", equalTo("application/x-ndjson"))
                .willReturn(aResponse().withStatus(202).withHeader("Content-Type", "application/json")
                        .withBody(job("failed", 1, 0, 0, "{}", "[]").replace("\"reason\": null",
                                "\"reason\": \"the event broker did not acknowledge an answer\""))));

        int status = run("--url", url(), big.toString(), small.toString());

        assertThat(status).isEqualTo(ImportCommand.FAILED);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("""
                big.json: refused (413): An import may be at most 512MB.
                small.ndjson: FAILED: the event broker did not acknowledge an answer (0 of 1 records taken in, 0 failed; job job-1)
                """);
    }

    @Test
    void anUnreachableGatewayIsSaidPlainly() throws IOException {
        Path answers = file("answers.jsonl", "{}\n");
        int port = gateway.port();
        gateway.stop();

        int status = run("--url", "http://127.0.0.1:" + port, answers.toString());

        assertThat(status).isEqualTo(ImportCommand.FAILED);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .startsWith("answers.jsonl: not sent: the gateway at http://127.0.0.1:" + port + " could not be reached");
    }

    @Test
    void usageErrorsExitTwoSayingWhatIsWrongAndSendNothing() throws IOException {
        Path answers = file("answers.jsonl", "{}\n");
        Path other = file("notes.txt", "hello");

        assertThat(run()).isEqualTo(ImportCommand.USAGE_ERROR);
        assertThat(run("--errors", "many", answers.toString())).isEqualTo(ImportCommand.USAGE_ERROR);
        assertThat(run("--date-answered", "5 November 2019", answers.toString())).isEqualTo(ImportCommand.USAGE_ERROR);
        assertThat(run("--colour", answers.toString())).isEqualTo(ImportCommand.USAGE_ERROR);
        assertThat(run(other.toString())).isEqualTo(ImportCommand.USAGE_ERROR);
        assertThat(run(dir.resolve("missing.jsonl").toString())).isEqualTo(ImportCommand.USAGE_ERROR);
        assertThat(run("--url", "ftp://example.org", answers.toString())).isEqualTo(ImportCommand.USAGE_ERROR);
        assertThat(new ImportCommand(new PrintStream(out), new PrintStream(err), false, Duration.ZERO)
                .run(new String[] {answers.toString()}, Map.of())).isEqualTo(ImportCommand.USAGE_ERROR);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("bin/import: no files to import",
                "bin/import: --errors takes a number", "bin/import: --date-answered takes a date such as 2019-11-05",
                "bin/import: unknown option --colour", "notes.txt: unknown kind of file (.jsonl, .ndjson, .json or .xml)",
                "missing.jsonl: no such readable file", "bin/import: --url must be an http or https URL",
                "bin/import: no API key: give --key or set TRACKER_API_KEY (an editor key)");
        assertThat(gateway.getAllServeEvents()).isEmpty();
        assertThat(run("--help")).isEqualTo(ImportCommand.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Imports files of written answers");
    }

    private static String job(String state, long total, long done, long failed, String outcomes, String errors) {
        return "{\"id\": \"job-1\", \"format\": \"ndjson\", \"state\": \"" + state + "\", \"total\": " + total
                + ", \"done\": " + done + ", \"failed\": " + failed + ", \"outcomes\": " + outcomes + ", \"errors\": "
                + errors + ", \"reason\": null}";
    }
}
