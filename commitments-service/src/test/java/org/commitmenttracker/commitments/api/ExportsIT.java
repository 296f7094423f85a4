package org.commitmenttracker.commitments.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.commitmenttracker.events.Answer;
import org.commitmenttracker.events.AnswerReceived;
import org.commitmenttracker.localinfra.TestInfrastructureConfiguration;
import org.commitmenttracker.support.events.EventPublisher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Exports, the overdue feed and the stats of one department's commitments, over HTTP, from the store. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@Import(TestInfrastructureConfiguration.class)
class ExportsIT {

    @LocalServerPort
    int port;

    @Autowired
    EventPublisher publisher;

    @Autowired
    JsonMapper json;

    private String department;

    record Download(int status, String contentType, String disposition, String transferEncoding, String body) {
    }

    @BeforeEach
    void threeAnswers() {
        department = "Ministry of Justice " + UUID.randomUUID();
        publish("We will publish the prisons strategy in the spring of 2020.", LocalDate.of(2019, 11, 5));
        publish("We will publish the courts review in the spring of 2999.", LocalDate.of(2019, 11, 6));
        publish("=HYPERLINK(\"http://evil.example\") We will publish the legal aid plan in the spring of 2998.",
                LocalDate.of(2019, 11, 7));
        await().atMost(Duration.ofSeconds(20)).until(() -> list("").get("total").asInt() == 3);
    }

    @Test
    void theCsvExportOfAFilterHasTheApiListsCommitmentsInItsOrderAndDisarmsFormulas() throws Exception {
        for (String filter : List.of("", "&sort=deadline", "&overdue=false", "&q=strategy")) {
            List<String> listed = list(filter).get("items").valueStream().map(i -> i.get("id").asString()).toList();
            Download csv = download("/api/commitments/export.csv?department={d}" + filter);

            assertThat(csv.status()).isEqualTo(200);
            assertThat(csv.contentType()).startsWith("text/csv");
            assertThat(csv.disposition()).startsWith("attachment").contains("commitments-").contains(".csv");
            assertThat(csv.transferEncoding()).as("streamed, not buffered").isEqualTo("chunked");
            List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(csv.body())).getRecords();
            assertThat(rows).extracting(r -> r.get("id")).as("filter %s", filter).containsExactlyElementsOf(listed);
        }
        List<CSVRecord> all = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(download("/api/commitments/export.csv?department={d}&sort=deadline").body()))
                .getRecords();
        assertThat(all.get(0).get("overdue")).isEqualTo("true");
        assertThat(all.get(0).get("deadline_date")).isEqualTo("2020-05-31");
        assertThat(all).extracting(r -> r.get("quote")).noneMatch(q -> q.startsWith("="))
                .anyMatch(q -> q.startsWith("'=HYPERLINK"));
    }

    @Test
    void theJsonExportIsTheApiListWithoutPaging() {
        List<String> listed = list("&sort=deadline_desc").get("items").valueStream().map(i -> i.get("id").asString()).toList();
        Download exported = download("/api/commitments/export.json?department={d}&sort=deadline_desc");

        assertThat(exported.contentType()).startsWith("application/json");
        JsonNode array = json.readTree(exported.body());
        assertThat(array.valueStream().map(i -> i.get("id").asString()).toList()).containsExactlyElementsOf(listed);
        assertThat(array.get(0).has("history")).isTrue();
        assertThat(download("/api/commitments/export.csv?department={d}&status=finished").status()).isEqualTo(400);
    }

    @Test
    void theOverdueFeedHasTheOverdueCommitmentsOfTheDepartment() throws Exception {
        Download atom = download("/api/feeds/overdue.atom?department={d}");

        assertThat(atom.status()).isEqualTo(200);
        assertThat(atom.contentType()).startsWith("application/atom+xml");
        WireFeedInput input = new WireFeedInput(false, java.util.Locale.UK);
        Feed feed = (Feed) input.build(new StringReader(atom.body()));
        assertThat(feed.getTitle()).contains(department);
        assertThat(feed.getEntries()).hasSize(1);
        Entry entry = feed.getEntries().get(0);
        assertThat(entry.getTitle()).isEqualTo("Overdue: publish the prisons strategy (" + department + ")");
        assertThat(entry.getId()).endsWith(":2020-05-31");
        assertThat(entry.getUpdated().toInstant()).isEqualTo(Instant.parse("2020-05-31T23:00:00Z"));
    }

    @Test
    void theLeagueTableCountsTheDepartment() {
        JsonNode stats = RestClient.create("http://127.0.0.1:" + port).get().uri("/api/stats?months=3")
                .exchange((request, response) -> json.readTree(response.getBody()), true);
        JsonNode row = stats.get("departments").valueStream()
                .filter(d -> d.get("department").asString().equals(department)).findFirst().orElseThrow();
        assertThat(row.get("commitments").asLong()).isEqualTo(3);
        assertThat(row.get("overdue").asLong()).isEqualTo(1);
        assertThat(row.get("overdueRate").asDouble()).isEqualTo(0.333);
        assertThat(row.get("medianDaysLate").asDouble()).isPositive();
        assertThat(stats.get("overdueOverTime")).hasSize(3);
        int refused = RestClient.create("http://127.0.0.1:" + port).get().uri("/api/stats?months=0")
                .exchange((request, response) -> response.getStatusCode().value(), true);
        assertThat(refused).isEqualTo(400);
    }

    private void publish(String text, LocalDate answered) {
        String uin = "HL" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000L);
        publisher.publish(new AnswerReceived(UUID.randomUUID().toString(), Instant.now(), new Answer(
                "uk-parliament:lords:2019-10-24:" + uin, "lords", uin, LocalDate.of(2019, 10, 24), answered, department,
                "Lord Bellamy", null, "Justice", null, text, "https://questions-statements.parliament.uk/" + uin), "hash"));
    }

    private JsonNode list(String filter) {
        return RestClient.create("http://127.0.0.1:" + port).get().uri("/api/commitments?size=100&department={d}" + filter,
                department).exchange((request, response) -> json.readTree(response.getBody()), true);
    }

    private Download download(String path) {
        return RestClient.create("http://127.0.0.1:" + port).get().uri(path, department)
                .exchange((request, response) -> new Download(response.getStatusCode().value(),
                        String.valueOf(response.getHeaders().getContentType()),
                        response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION),
                        response.getHeaders().getFirst(HttpHeaders.TRANSFER_ENCODING),
                        new String(response.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)), true);
    }
}
