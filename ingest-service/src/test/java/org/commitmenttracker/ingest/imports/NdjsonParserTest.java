package org.commitmenttracker.ingest.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class NdjsonParserTest {

    private static final String ANSWER = """
            {"house": "lords", "uin": "HL401", "dateTabled": "2019-10-24", "dateAnswered": "2019-11-05", \
            "answeringBody": "Cabinet Office", "answeredBy": "Earl Howe", "answerText": "We will act.", \
            "holding": false, "groupedUins": ["HL402"]}""";

    @TempDir
    Path dir;

    private final NdjsonParser parser = new NdjsonParser(JsonMapper.builder().build(), 300);

    @Test
    void readsEachLineAsAnAnswerNamedByItsLineNumberSkippingBlankLines() throws IOException {
        Path file = write(ANSWER + "\n\n   \r\n" + ANSWER.replace("HL401", "HL403") + "\r\n");

        List<ImportRecord> records = read(file);

        assertThat(parser.count(file)).isEqualTo(2);
        assertThat(records).extracting(ImportRecord::place).containsExactly("line 1", "line 4");
        ImportRecord.Answer first = (ImportRecord.Answer) records.get(0);
        assertThat(first.request().house()).isEqualTo("lords");
        assertThat(first.request().uin()).isEqualTo("HL401");
        assertThat(first.request().dateTabled()).isEqualTo(LocalDate.of(2019, 10, 24));
        assertThat(first.request().answeredBy()).isEqualTo("Earl Howe");
        assertThat(first.request().groupedUins()).containsExactly("HL402");
        assertThat(((ImportRecord.Answer) records.get(1)).request().uin()).isEqualTo("HL403");
    }

    @Test
    void aBadLineFailsAloneWithItsNumberAndAReasonOfOurOwn() throws IOException {
        Path file = write(String.join("\n", ANSWER,
                "{\"house\": \"lords\", \"uin\": ",
                "[1, 2]",
                ANSWER.replace("\"2019-10-24\"", "\"24/10/2019\""),
                ANSWER.replace("false", "\"perhaps\""),
                ANSWER.replace("HL401", "HL405")));

        List<ImportRecord> records = read(file);

        assertThat(parser.count(file)).isEqualTo(6);
        assertThat(records).hasSize(6);
        assertThat(records.get(0)).isInstanceOf(ImportRecord.Answer.class);
        assertThat(records.subList(1, 5)).containsExactly(
                new ImportRecord.Unreadable("line 2", "the line is not well-formed JSON"),
                new ImportRecord.Unreadable("line 3", "the line is not a JSON object"),
                new ImportRecord.Unreadable("line 4", "dateTabled: has the wrong type or format"),
                new ImportRecord.Unreadable("line 5", "holding: has the wrong type or format"));
        assertThat(records.get(5)).isInstanceOf(ImportRecord.Answer.class);
    }

    @Test
    void aLineLongerThanTheLimitFailsAloneAndTheNextLineIsRead() throws IOException {
        String longLine = ANSWER.replace("We will act.", "x".repeat(40_000));
        Path file = write(ANSWER + "\n" + longLine + "\n" + ANSWER.replace("HL401", "HL406"));

        List<ImportRecord> records = read(file);

        assertThat(records).hasSize(3);
        assertThat(records.get(1)).isEqualTo(new ImportRecord.Unreadable("line 2",
                "the line is longer than 300 characters"));
        assertThat(((ImportRecord.Answer) records.get(2)).request().uin()).isEqualTo("HL406");
    }

    @Test
    void aByteOrderMarkAndAMissingLastNewlineAreFine() throws IOException {
        Path file = write("\uFEFF" + ANSWER);

        assertThat(read(file)).singleElement().isInstanceOf(ImportRecord.Answer.class);
        assertThat(parser.count(file)).isEqualTo(1);
    }

    @Test
    void anEmptyFileHasNoRecords() throws IOException {
        Path file = write("\n\n");

        assertThat(parser.count(file)).isZero();
        assertThat(read(file)).isEmpty();
    }

    private List<ImportRecord> read(Path file) throws IOException {
        List<ImportRecord> records = new ArrayList<>();
        parser.read(file, records::add);
        return records;
    }

    private Path write(String content) throws IOException {
        return Files.writeString(dir.resolve("import.ndjson"), content, StandardCharsets.UTF_8);
    }
}
