package org.commitmenttracker.ingest.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.commitmenttracker.ingest.answers.AnswerRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParliamentApiPageParserTest {

    @TempDir
    Path dir;

    private final ParliamentApiPageParser parser = new ParliamentApiPageParser(100_000);

    @Test
    void readsEachResultOfAPageInTheApisShape() throws Exception {
        Path page = Path.of(getClass().getResource("/imports/parliament-api-page.json").toURI());

        List<ImportRecord> records = read(page);

        assertThat(parser.count(page)).isEqualTo(4);
        assertThat(records).extracting(ImportRecord::place).containsExactly("result 1", "result 2", "result 3", "result 4");
        AnswerRequest housing = ((ImportRecord.Answer) records.get(0)).request();
        assertThat(housing.kind()).isEqualTo("answer");
        assertThat(housing.house()).isEqualTo("commons");
        assertThat(housing.uin()).isEqualTo("586");
        assertThat(housing.dateTabled()).isEqualTo(LocalDate.of(2024, 7, 17));
        assertThat(housing.dateAnswered()).isEqualTo(LocalDate.of(2024, 7, 22));
        assertThat(housing.answeringBody()).isEqualTo("Ministry of Housing, Communities and Local Government");
        assertThat(housing.answeredBy()).isEqualTo("Matthew Pennycook");
        assertThat(housing.askedBy()).isEqualTo("Kemi Badenoch");
        assertThat(housing.heading()).isEqualTo("Housing: Construction");
        assertThat(housing.answerText()).startsWith("<p>In our manifesto we committed to building 1.5 million homes");
        assertThat(housing.holding()).isFalse();
        assertThat(housing.groupedUins()).isEmpty();
        assertThat(housing.sourceUrl())
                .isEqualTo("https://questions-statements.parliament.uk/written-questions/detail/2024-07-17/586");
        assertThat(((ImportRecord.Answer) records.get(1)).request().askedBy()).isNull();
        assertThat(((ImportRecord.Answer) records.get(2)).request().holding()).isTrue();
        assertThat(records.get(3)).isEqualTo(new ImportRecord.Withdrawal("result 4", "uk-parliament:commons:2024-03-05:17002"));
    }

    @Test
    void questionsAnsweredTogetherAreTakenInOnceUnderTheLowestUin() throws IOException {
        Path page = write(page(
                question("\"groupedQuestions\": [\"hl1002\", {\"uin\": \"HL1003\"}, \"HL401\"]"),
                question("\"uin\": \"HL1002\", \"groupedQuestions\": [\"HL401\", \"HL1003\"]")));

        List<ImportRecord> records = read(page);

        AnswerRequest lead = ((ImportRecord.Answer) records.get(0)).request();
        assertThat(lead.uin()).isEqualTo("HL401");
        assertThat(lead.groupedUins()).containsExactly("hl1002", "HL1003");
        assertThat(lead.house()).isEqualTo("lords");
        assertThat(records.get(1)).isEqualTo(new ImportRecord.Grouped("result 2", "HL401"));
    }

    @Test
    void aBadResultFailsAloneWithItsPlaceAndAReasonOfOurOwn() throws IOException {
        Path page = write(page(
                question(""),
                "{\"links\": []}",
                "42",
                question("\"dateTabled\": \"24/10/2019\", \"answerIsHolding\": \"no\""),
                question("\"dateAnswered\": null, \"answerText\": null"),
                question("\"answerText\": \"<p>We will publish the strategy in the spring and\\u2026</p>\""),
                question("\"isWithdrawn\": true, \"uin\": null"),
                question("\"askingMember\": \"Lord Kennedy\"")));

        List<ImportRecord> records = read(page);

        assertThat(parser.count(page)).isEqualTo(8);
        assertThat(records.get(0)).isInstanceOf(ImportRecord.Answer.class);
        assertThat(records.subList(1, 8)).containsExactly(
                new ImportRecord.Unreadable("result 2", "the result has no value object"),
                new ImportRecord.Unreadable("result 3", "the result is not a JSON object"),
                new ImportRecord.Unreadable("result 4",
                        "dateTabled: must be a date such as 2024-01-05T00:00:00; answerIsHolding: must be true or false"),
                new ImportRecord.Unreadable("result 5", "the question has not been answered yet"),
                new ImportRecord.Unreadable("result 6", "answerText is shortened (it ends with an ellipsis), as in the "
                        + "API's lists; import the API's own record of the question for the full text"),
                new ImportRecord.Unreadable("result 7",
                        "a withdrawn question needs its id: uin: must be 1 to 20 letters and digits"),
                new ImportRecord.Unreadable("result 8", "askingMember: must be an object with a name"));
    }

    @Test
    void theApisRecordOfOneQuestionIsAPageOfOne() throws IOException {
        Path single = write("{\"value\": " + value("") + ", \"links\": []}");

        assertThat(parser.count(single)).isEqualTo(1);
        assertThat(read(single)).singleElement().extracting(ImportRecord::place).isEqualTo("result 1");
    }

    @Test
    void aWrittenStatementBecomesAStatement() throws IOException {
        Path page = write(page("""
                {"value": {"id": 1, "uin": "HCWS132", "title": "Treasury Update", "text": "<p>We will legislate.</p>",
                 "dateMade": "2020-02-27T00:00:00", "house": "Commons", "member": {"name": "Rishi Sunak"},
                 "answeringBodyName": "HM Treasury", "linkedStatements": []}, "links": []}"""));

        AnswerRequest statement = ((ImportRecord.Answer) read(page).get(0)).request();

        assertThat(statement.kind()).isEqualTo("statement");
        assertThat(statement.heading()).isEqualTo("Treasury Update");
        assertThat(statement.answeredBy()).isEqualTo("Rishi Sunak");
        assertThat(statement.dateTabled()).isEqualTo(LocalDate.of(2020, 2, 27));
        assertThat(statement.dateAnswered()).isEqualTo(LocalDate.of(2020, 2, 27));
        assertThat(statement.answerText()).isEqualTo("<p>We will legislate.</p>");
    }

    @Test
    void aFileThatIsNotWellFormedIsRefusedWithWhereItBreaks() throws IOException {
        Path page = write("{\"totalResults\": 2, \"results\": [\n{\"value\": {\"uin\": \"1\"}},\n{\"value\": {\"uin\": }}]}");

        assertThatThrownBy(() -> parser.count(page)).isInstanceOf(ImportRefusedException.class)
                .hasMessage("the file is not well-formed JSON: unexpected content at line 3, column 19");
    }

    @Test
    void aFileThatIsNotAResultsPageIsRefused() throws IOException {
        assertThatThrownBy(() -> parser.count(write("[]"))).isInstanceOf(ImportRefusedException.class)
                .hasMessage("the file is not a Parliament API results page: it is not a JSON object");
        assertThatThrownBy(() -> parser.count(write("{\"totalResults\": 0}"))).isInstanceOf(ImportRefusedException.class)
                .hasMessage("the file is not a Parliament API results page: it has no results array");
        assertThatThrownBy(() -> parser.count(write("{\"results\": {}}"))).isInstanceOf(ImportRefusedException.class)
                .hasMessage("the file is not a Parliament API results page: its results are not an array");
    }

    @Test
    void aValueLongerThanTheLimitRefusesTheFileBeforeAnythingIsRead() throws IOException {
        Path page = write(page(question(""), question("\"answerText\": \"" + "x".repeat(300_000) + "\"")));

        assertThatThrownBy(() -> parser.count(page)).isInstanceOf(ImportRefusedException.class)
                .hasMessageStartingWith("the file has a value longer than 100000 characters");
    }

    private static String page(String... results) {
        return "{\"totalResults\": " + results.length + ", \"results\": [" + String.join(",\n", results) + "]}";
    }

    /** A question as the API gives it, with {@code overrides} (JSON members) replacing its fields. */
    private static String question(String overrides) {
        return "{\"value\": " + value(overrides) + ", \"links\": []}";
    }

    private static String value(String overrides) {
        // later members win in Jackson's tree, so overrides come last
        return """
                {"id": 1, "uin": "HL401", "house": "Lords", "dateTabled": "2019-10-24T00:00:00",
                 "dateAnswered": "2019-11-05T00:00:00", "heading": "General Elections: Disinformation",
                 "questionText": "To ask Her Majesty's Government what steps they are planning to take.",
                 "answerText": "<p>We will launch a consultation.</p>", "answeringBodyName": "Cabinet Office",
                 "answeringMember": {"name": "Earl Howe"}, "askingMember": {"name": "Lord Kennedy of Southwark"},
                 "answerIsHolding": false, "isWithdrawn": false, "groupedQuestions": []%s}"""
                .formatted(overrides.isEmpty() ? "" : ", " + overrides);
    }

    private List<ImportRecord> read(Path file) throws IOException {
        List<ImportRecord> records = new ArrayList<>();
        parser.read(file, records::add);
        return records;
    }

    private Path write(String content) throws IOException {
        return Files.writeString(Files.createTempFile(dir, "page", ".json"), content);
    }
}
