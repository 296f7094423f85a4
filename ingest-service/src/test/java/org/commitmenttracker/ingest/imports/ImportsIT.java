package org.commitmenttracker.ingest.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.commitmenttracker.events.Topics;
import org.commitmenttracker.ingest.jobs.Job;
import org.commitmenttracker.ingest.jobs.JobKind;
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
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bulk imports through ingest-service's HTTP API, against a real Kafka broker and MongoDB wire server. The Parliament
 * API page and the parlparse file hold real written answers (the labelled set's); in the page, the holding answer and
 * the withdrawn question are modelled on real ones, and the API's member and question ids are made up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "ingest.imports.max-body-size=64KB"})
@Import(TestInfrastructureConfiguration.class)
class ImportsIT {

    private static final MediaType NDJSON = MediaType.APPLICATION_NDJSON;
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private static TopicProbe answers;

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    JobRunner jobs;

    @Autowired
    JobStore store;

    @BeforeAll
    static void openProbe() {
        answers = new TopicProbe(TestInfrastructure.endpoints().kafkaBootstrapServers(), Topics.ANSWERS);
    }

    @AfterAll
    static void closeProbe() {
        answers.close();
    }

    @Test
    void anNdjsonImportTakesInTheGoodLinesAndNamesEveryBadOneByItsLine() {
        List<String> uins = List.of(uniqueUin(), uniqueUin(), uniqueUin(), uniqueUin(), uniqueUin(), uniqueUin());
        String file = String.join("\n",
                answerLine(uins.get(0), Map.of()),
                answerLine(uins.get(1), Map.of()),
                "{\"house\": \"lords\", \"uin\": ",
                "",
                answerLine(uins.get(2), Map.of()),
                answerLine(uins.get(3), Map.of("house", "senate", "answeringBody", "")),
                answerLine(uins.get(4), Map.of("dateAnswered", "2019-10-01")),
                answerLine(uins.get(5), Map.of())) + "\n";

        Reply reply = post(NDJSON, file.getBytes(StandardCharsets.UTF_8), "");

        assertThat(reply.status()).isEqualTo(202);
        String id = reply.body().get("id").asString();
        assertThat(reply.location()).isEqualTo("/api/imports/" + id);
        assertThat(reply.body().get("format").asString()).isEqualTo("ndjson");
        assertThat(reply.body().get("state").asString()).isEqualTo("queued");
        JsonNode job = finished(id);
        assertThat(job.get("state").asString()).isEqualTo("completed");
        assertThat(job.get("total").asLong()).isEqualTo(7);
        assertThat(job.get("done").asLong()).isEqualTo(4);
        assertThat(job.get("failed").asLong()).isEqualTo(3);
        assertThat(job.at("/outcomes/received").asLong()).isEqualTo(4);
        assertThat(errors(job)).containsExactly(
                Map.entry("line 3", "the line is not well-formed JSON"),
                Map.entry("line 6", "answeringBody: must not be blank; house: must be commons or lords"),
                Map.entry("line 7", "dateAnswered: must not be before dateTabled"));
        for (String uin : List.of(uins.get(0), uins.get(1), uins.get(2), uins.get(5))) {
            List<TopicProbe.Seen> published = await().atMost(TIMEOUT).until(() -> answers.withKey(lordsId(uin)), r -> !r.isEmpty());
            assertThat(published).singleElement().satisfies(record -> assertThat(record.headers().get("ce_type"))
                    .isEqualTo("org.commitmenttracker.answer.received.v1"));
        }
        publishedNothingFor(lordsId(uins.get(3)), lordsId(uins.get(4)));
    }

    @Test
    void anAnswerAndItsCorrectionInOneBatchArePublishedInOrderAsReceivedThenCorrected() {
        String uin = uniqueUin();
        String file = answerLine(uin, Map.of()) + "\n"
                + answerLine(uin, Map.of("answerText", "We will publish the corrected plan by June 2027.")) + "\n"
                + answerLine(uin, Map.of("answerText", "We will publish the corrected plan by June 2027.")) + "\n";

        JsonNode job = finished(post(NDJSON, file.getBytes(StandardCharsets.UTF_8), "").body().get("id").asString());

        assertThat(job.at("/outcomes/received").asLong()).isEqualTo(1);
        assertThat(job.at("/outcomes/corrected").asLong()).isEqualTo(1);
        assertThat(job.at("/outcomes/duplicate").asLong()).isEqualTo(1);
        List<TopicProbe.Seen> published = await().atMost(TIMEOUT).until(() -> answers.withKey(lordsId(uin)), r -> r.size() >= 2);
        assertThat(published).extracting(record -> record.headers().get("ce_type")).containsExactly(
                "org.commitmenttracker.answer.received.v1", "org.commitmenttracker.answer.corrected.v1");
        assertThat(json.readTree(published.get(1).value()).at("/answer/answerText").asString())
                .isEqualTo("We will publish the corrected plan by June 2027.");
    }

    @Test
    void aParliamentApiPageIsImportedWithItsHtmlItsHoldingAnswerAndItsWithdrawal() throws IOException {
        Reply reply = post(MediaType.APPLICATION_JSON, fixture("parliament-api-page.json"), "");

        assertThat(reply.status()).isEqualTo(202);
        JsonNode job = finished(reply.body().get("id").asString());
        assertThat(job.get("format").asString()).isEqualTo("parliament-api");
        assertThat(job.get("state").asString()).isEqualTo("completed");
        assertThat(job.get("total").asLong()).isEqualTo(4);
        assertThat(job.get("done").asLong()).isEqualTo(4);
        assertThat(job.get("failed").asLong()).isZero();
        assertThat(job.at("/outcomes/received").asLong()).isEqualTo(3);
        assertThat(job.at("/outcomes/withdrawn").asLong()).isEqualTo(1);

        JsonNode housing = latestEvent("uk-parliament:commons:2024-07-17:586");
        assertThat(housing.at("/answer/answerText").asString()).startsWith("<p>In our manifesto we committed");
        assertThat(housing.at("/answer/answeringBody").asString()).isEqualTo("Ministry of Housing, Communities and Local Government");
        assertThat(housing.at("/answer/askedBy").asString()).isEqualTo("Kemi Badenoch");
        assertThat(housing.at("/answer/answeredBy").asString()).isEqualTo("Matthew Pennycook");
        assertThat(housing.at("/answer/dateAnswered").asString()).isEqualTo("2024-07-22");
        assertThat(latestEvent("uk-parliament:commons:2024-03-19:19502").at("/answer/holding").asBoolean()).isTrue();
        List<TopicProbe.Seen> withdrawal = await().atMost(TIMEOUT)
                .until(() -> answers.withKey("uk-parliament:commons:2024-03-05:17002"), r -> !r.isEmpty());
        assertThat(withdrawal).singleElement().satisfies(record -> assertThat(record.headers().get("ce_type"))
                .isEqualTo("org.commitmenttracker.answer.withdrawn.v1"));
    }

    @Test
    void aParlparseFileIsImportedWithIdsDepartmentsHeadingsAskersAndMinisters() throws IOException {
        Reply reply = post(MediaType.APPLICATION_XML, fixture("parlparse-wrans.xml"), "");

        assertThat(reply.status()).isEqualTo(202);
        JsonNode job = finished(reply.body().get("id").asString());
        assertThat(job.get("format").asString()).isEqualTo("parlparse");
        assertThat(job.get("state").asString()).isEqualTo("completed");
        assertThat(job.get("total").asLong()).isEqualTo(3);
        assertThat(job.get("done").asLong()).isEqualTo(3);
        assertThat(job.get("failed").asLong()).isZero();

        JsonNode answer = latestEvent("uk-parliament:lords:2019-10-24:HL401").get("answer");
        assertThat(answer.get("house").asString()).isEqualTo("lords");
        assertThat(answer.get("uin").asString()).isEqualTo("HL401");
        assertThat(answer.get("answeringBody").asString()).isEqualTo("Cabinet Office");
        assertThat(answer.get("heading").asString()).isEqualTo("General Elections: Disinformation");
        assertThat(answer.get("askedBy").asString()).isEqualTo("Lord Kennedy of Southwark");
        assertThat(answer.get("answeredBy").asString()).isEqualTo("Earl Howe");
        assertThat(answer.get("dateTabled").asString()).isEqualTo("2019-10-24");
        assertThat(answer.get("dateAnswered").asString()).as("no dateAnswered given: the date in the id")
                .isEqualTo("2019-10-24");
        assertThat(answer.get("answerText").asString())
                .contains("commitments to launch a consultation on electoral integrity");
        assertThat(latestEvent("uk-parliament:commons:2020-09-03:84632").at("/answer/answeredBy").asString())
                .isEqualTo("Justin Tomlinson");
        assertThat(latestEvent("uk-parliament:commons:2025-04-08:903779").at("/answer/answeringBody").asString())
                .isEqualTo("Ministry of Justice");
    }

    @Test
    void xxeAndBillionLaughsFilesFailOnTheirDtdAndNothingOfThemIsStoredOrPublished() throws IOException {
        for (String fixture : List.of("parlparse-xxe.xml", "parlparse-billion-laughs.xml")) {
            Reply reply = post(MediaType.APPLICATION_XML, fixture(fixture), "");

            assertThat(reply.status()).isEqualTo(202);
            JsonNode job = finished(reply.body().get("id").asString());
            assertThat(job.get("state").asString()).as(fixture).isEqualTo("failed");
            assertThat(job.get("reason").asString()).as(fixture).isEqualTo("DTDs are not allowed");
            assertThat(job.get("total").asLong()).isZero();
            assertThat(job.get("done").asLong()).isZero();
        }
        String[] ids = {"uk-parliament:lords:2019-10-24:HL9901", "uk-parliament:lords:2019-10-24:HL9902"};
        publishedNothingFor(ids);
        for (String id : ids) {
            assertThat(mongo.exists(query(where("_id").is(id)), "answers")).as(id).isFalse();
        }
    }

    @Test
    void theSameFileImportedTwiceIsAllDuplicatesTheSecondTimeAndPublishesNothingNew() {
        List<String> uins = List.of(uniqueUin(), uniqueUin(), uniqueUin());
        byte[] file = (String.join("\n", uins.stream().map(uin -> answerLine(uin, Map.of())).toList()) + "\n")
                .getBytes(StandardCharsets.UTF_8);

        JsonNode first = finished(post(NDJSON, file, "").body().get("id").asString());
        JsonNode second = finished(post(NDJSON, file, "").body().get("id").asString());

        assertThat(first.at("/outcomes/received").asLong()).isEqualTo(3);
        assertThat(second.get("state").asString()).isEqualTo("completed");
        assertThat(second.get("done").asLong()).isEqualTo(3);
        assertThat(second.get("failed").asLong()).isZero();
        assertThat(second.at("/outcomes/duplicate").asLong()).isEqualTo(3);
        assertThat(second.at("/outcomes/received").asLong()).isZero();
        awaitMarker();
        for (String uin : uins) {
            assertThat(answers.withKey(lordsId(uin))).as(uin).hasSize(1);
        }
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413() {
        byte[] file = (answerLine(uniqueUin(), Map.of()) + "\n").repeat(300).getBytes(StandardCharsets.UTF_8);
        assertThat(file.length).isGreaterThan(64 * 1024);

        Reply reply = post(NDJSON, file, "");

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.contentType()).isEqualTo("application/problem+json");
        assertThat(reply.body().get("type").asString()).isEqualTo("urn:commitment-tracker:problem:content-too-large");
        assertThat(reply.body().get("detail").asString()).isEqualTo("An import may be at most 65536 bytes (64 KB).");
    }

    @Test
    void anotherContentTypeIsRefusedWith415() {
        Reply reply = post(MediaType.parseMediaType("text/csv"), "house,uin\nlords,HL1\n".getBytes(StandardCharsets.UTF_8), "");

        assertThat(reply.status()).isEqualTo(415);
        assertThat(reply.body().get("type").asString()).isEqualTo("urn:commitment-tracker:problem:unsupported-media-type");
    }

    @Test
    void anEmptyBodyIsRefusedWith400() {
        Reply reply = post(NDJSON, new byte[0], "");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().get("type").asString()).isEqualTo("urn:commitment-tracker:problem:malformed-body");
    }

    @Test
    void aDateAnsweredIsForParlparseFilesOnly() {
        Reply reply = post(NDJSON, (answerLine(uniqueUin(), Map.of()) + "\n").getBytes(StandardCharsets.UTF_8),
                "?dateAnswered=2019-11-05");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().get("type").asString()).isEqualTo("urn:commitment-tracker:problem:invalid-request");
        assertThat(reply.body().at("/errors/0/field").asString()).isEqualTo("dateAnswered");
    }

    @Test
    void anUnknownJobIs404() {
        Reply reply = get("/api/imports/" + UUID.randomUUID());

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.body().get("type").asString()).isEqualTo("urn:commitment-tracker:problem:not-found");
    }

    @Test
    void jobsLeftUnfinishedByAnEarlierRunAreMarkedFailedAtStartUpAndTheirUploadsDeleted() throws IOException {
        Instant earlier = Instant.now().minus(1, ChronoUnit.DAYS);
        String running = UUID.randomUUID().toString();
        String queued = UUID.randomUUID().toString();
        String current = UUID.randomUUID().toString();
        store.create(new Job(running, JobKind.IMPORT, JobState.RUNNING, Map.of(ImportWork.FORMAT, "parlparse"), 10, 3, 1,
                Map.of(), List.of(), null, null, earlier, earlier, earlier, null));
        store.create(Job.queued(queued, JobKind.IMPORT, Map.of(ImportWork.FORMAT, "ndjson"), 0, null, earlier));
        store.create(new Job(current, JobKind.IMPORT, JobState.RUNNING, Map.of(ImportWork.FORMAT, "ndjson"), 0, 0, 0,
                Map.of(), List.of(), null, null, Instant.now(), Instant.now(), Instant.now(), null));

        Path leftOver = Files.writeString(ImportWork.uploadOf(running), "{}\n");
        try {
            jobs.takeOverUnfinished();

            JsonNode interrupted = get("/api/imports/" + running).body();
            assertThat(interrupted.get("state").asString()).isEqualTo("failed");
            assertThat(interrupted.get("reason").asString()).isEqualTo("interrupted by a restart");
            assertThat(interrupted.get("done").asLong()).isEqualTo(3);
            assertThat(leftOver).as("the interrupted job's upload").doesNotExist();
            assertThat(get("/api/imports/" + queued).body().get("state").asString()).isEqualTo("failed");
            assertThat(get("/api/imports/" + current).body().get("state").asString())
                    .as("a job of this run is left alone").isEqualTo("running");
        } finally {
            store.finished(current, JobState.FAILED, "test job", Instant.now());
            Files.deleteIfExists(leftOver);
        }
    }

    /** Publishes a marker through an import and waits for it: anything published before it is on the topic by then. */
    private void awaitMarker() {
        String marker = uniqueUin();
        finished(post(NDJSON, (answerLine(marker, Map.of()) + "\n").getBytes(StandardCharsets.UTF_8), "")
                .body().get("id").asString());
        await().atMost(TIMEOUT).until(() -> answers.withKey(lordsId(marker)), r -> !r.isEmpty());
    }

    private void publishedNothingFor(String... ids) {
        awaitMarker();
        for (String id : ids) {
            assertThat(answers.withKey(id)).as(id).isEmpty();
        }
    }

    private JsonNode latestEvent(String key) {
        List<TopicProbe.Seen> records = await().atMost(TIMEOUT).until(() -> answers.withKey(key), r -> !r.isEmpty());
        return json.readTree(records.get(records.size() - 1).value());
    }

    private JsonNode finished(String id) {
        return await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(100))
                .until(() -> get("/api/imports/" + id).body(),
                        job -> List.of("completed", "failed").contains(job.get("state").asString()));
    }

    private static List<Map.Entry<String, String>> errors(JsonNode job) {
        return job.get("errors").valueStream()
                .map(error -> Map.entry(error.get("place").asString(), error.get("reason").asString())).toList();
    }

    private static String uniqueUin() {
        return "HL" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
    }

    private static String lordsId(String uin) {
        return "uk-parliament:lords:2019-10-24:" + uin;
    }

    private String answerLine(String uin, Map<String, String> overrides) {
        Map<String, Object> answer = new LinkedHashMap<>(Map.of("house", "lords", "uin", uin, "dateTabled", "2019-10-24",
                "dateAnswered", "2019-11-05", "answeringBody", "Cabinet Office", "answeredBy", "Earl Howe",
                "heading", "General Elections: Disinformation",
                "answerText", "We will publish the strategy in the spring of 2020."));
        answer.putAll(overrides);
        return json.writeValueAsString(answer);
    }

    private byte[] fixture(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/imports/" + name)) {
            return in.readAllBytes();
        }
    }

    record Reply(int status, String contentType, String location, JsonNode body) {
    }

    private RestClient client() {
        return RestClient.create("http://127.0.0.1:" + port);
    }

    private Reply post(MediaType contentType, byte[] body, String query) {
        return client().post().uri("/api/imports" + query).contentType(contentType).body(body)
                .exchange((request, response) -> new Reply(response.getStatusCode().value(),
                        String.valueOf(response.getHeaders().getContentType()),
                        response.getHeaders().getFirst("Location"), json.readTree(response.getBody())), true);
    }

    private Reply get(String path) {
        return client().get().uri(path)
                .exchange((request, response) -> new Reply(response.getStatusCode().value(),
                        String.valueOf(response.getHeaders().getContentType()),
                        response.getHeaders().getFirst("Location"), json.readTree(response.getBody())), true);
    }
}
