package org.commitmenttracker.ingest.imports;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.commitmenttracker.ingest.answers.AnswerRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.json.JsonMapper;

/**
 * NDJSON: one {@code POST /api/answers} JSON object a line, UTF-8. Blank lines are skipped; every other line is one
 * record, named by its line number. A line longer than the limit, or one that is not a well-formed answer object,
 * fails that line only.
 */
final class NdjsonParser implements ImportParser {

    private final JsonMapper json;
    private final int maxLineChars;

    NdjsonParser(JsonMapper json, int maxLineChars) {
        this.json = json;
        this.maxLineChars = maxLineChars;
    }

    @Override
    public long count(Path file) throws IOException {
        long records = 0;
        try (LineReader lines = open(file)) {
            for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
                if (!line.blank()) {
                    records++;
                }
            }
        }
        return records;
    }

    @Override
    public void read(Path file, Consumer<ImportRecord> records) throws IOException {
        try (LineReader lines = open(file)) {
            for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
                if (!line.blank()) {
                    records.accept(toRecord(line));
                }
            }
        }
    }

    private ImportRecord toRecord(LineReader.Line line) {
        String place = "line " + line.number();
        if (line.tooLong()) {
            return new ImportRecord.Unreadable(place, "the line is longer than " + maxLineChars + " characters");
        }
        String text = line.text().strip();
        if (!text.startsWith("{")) {
            return new ImportRecord.Unreadable(place, "the line is not a JSON object");
        }
        try {
            return new ImportRecord.Answer(place, json.readValue(text, AnswerRequest.class));
        } catch (StreamReadException e) {
            return new ImportRecord.Unreadable(place, "the line is not well-formed JSON");
        } catch (JacksonException e) {
            String field = JsonPaths.of(e);
            return new ImportRecord.Unreadable(place, field == null ? "the line is not an answer object"
                    : field + ": has the wrong type or format");
        }
    }

    /** Bytes that are not UTF-8 become U+FFFD (and, in all likelihood, a line that fails), not an error of the file. */
    private LineReader open(Path file) throws IOException {
        return new LineReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8), maxLineChars);
    }
}
