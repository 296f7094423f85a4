package org.commitmenttracker.commitments.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.commitmenttracker.commitments.extraction.CommitmentExtractor;
import org.commitmenttracker.commitments.extraction.ExtractedCommitment;
import org.commitmenttracker.commitments.extraction.PlainText;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bin/extract [FILE...]}: reads answers as JSON lines (the labelled set's format: {@code id},
 * {@code answer_text}, {@code date_answered}; labels ignored) from the files or standard input, and writes one
 * predictions line per answer in the format {@code score-extraction} reads. A line that cannot be read is reported on
 * standard error with its file and line number, and the rest go on; the exit status is 1 if any line failed.
 */
public final class ExtractCommand {

    private final CommitmentExtractor extractor = CommitmentExtractor.standard();
    private final JsonMapper json = JsonMapper.builder().build();

    public static void main(String[] args) throws IOException {
        ExtractCommand command = new ExtractCommand();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        int failed = 0;
        if (args.length == 0) {
            failed += command.run("<stdin>", new InputStreamReader(System.in, StandardCharsets.UTF_8), out, System.err);
        }
        for (String file : args) {
            try (Reader reader = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
                failed += command.run(file, reader, out, System.err);
            } catch (IOException e) {
                System.err.println(file + ": cannot be read: " + e.getMessage());
                failed++;
            }
        }
        out.flush();
        System.exit(failed == 0 ? 0 : 1);
    }

    /** Extracts from every line; returns how many lines failed. */
    int run(String name, Reader input, PrintStream out, PrintStream err) throws IOException {
        BufferedReader lines = new BufferedReader(input);
        int failed = 0;
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                out.println(json.writeValueAsString(predict(json.readTree(line))));
            } catch (RuntimeException e) {
                err.println(name + ":" + number + ": " + reason(e));
                failed++;
            }
        }
        return failed;
    }

    Map<String, Object> predict(JsonNode answer) {
        if (!answer.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        String id = AnswerFields.id(answer);
        return line(id, extractor.extract(PlainText.of(AnswerFields.text(answer)), AnswerFields.answered(answer),
                AnswerFields.statement(answer)));
    }

    /** One predictions line as score-extraction reads it: the answer's id, then its commitments. */
    static Map<String, Object> line(String id, List<ExtractedCommitment> found) {
        List<Map<String, Object>> commitments = new ArrayList<>();
        for (ExtractedCommitment c : found) {
            commitments.add(prediction(c));
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", id);
        line.put("commitments", commitments);
        return line;
    }

    /** One commitment as score-extraction reads it. */
    static Map<String, Object> prediction(ExtractedCommitment c) {
        Map<String, Object> prediction = new LinkedHashMap<>();
        prediction.put("text", c.quote());
        prediction.put("action", c.action());
        prediction.put("strength", c.strength().name().toLowerCase(Locale.ROOT));
        prediction.put("deadline_text", c.deadline().text());
        prediction.put("deadline", c.deadline().date() == null ? null : c.deadline().date().toString());
        prediction.put("deadline_kind", c.deadline().kind().name().toLowerCase(Locale.ROOT));
        prediction.put("confidence", c.confidence());
        return prediction;
    }

    private static String reason(RuntimeException e) {
        if (e instanceof IllegalArgumentException) {
            return e.getMessage();
        }
        return "not a JSON object (" + e.getClass().getSimpleName() + ")";
    }
}
