package org.commitmenttracker.commitments.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.commitmenttracker.commitments.extraction.CommitmentExtractor;
import org.commitmenttracker.commitments.extraction.ExtractedCommitment;
import org.commitmenttracker.commitments.extraction.PlainText;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One thread, the 377 labelled written answers and statements in turn: extracting an answer's commitments (from its JSON line, so the
 * parse is included) against parsing the same line with Jackson alone.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ExtractionBenchmark {

    private final JsonMapper json = JsonMapper.builder().build();
    private final CommitmentExtractor extractor = CommitmentExtractor.standard();
    private List<String> lines;
    private int next;

    @Setup
    public void load() throws IOException {
        lines = new java.util.ArrayList<>();
        for (String file : List.of("/dev-answers.jsonl", "/train-answers.jsonl")) {
            try (InputStream in = ExtractionBenchmark.class.getResourceAsStream(file)) {
                lines.addAll(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList());
            }
        }
    }

    private String nextLine() {
        String line = lines.get(next);
        next = (next + 1) % lines.size();
        return line;
    }

    @Benchmark
    public List<ExtractedCommitment> extractAnswer() {
        JsonNode answer = json.readTree(nextLine());
        return extractor.extract(PlainText.of(answer.get("answer_text").asString()),
                LocalDate.parse(answer.get("date_answered").asString()), "statement".equals(answer.get("kind").asString()));
    }

    @Benchmark
    public JsonNode parseAnswerJson() {
        return json.readTree(nextLine());
    }
}
