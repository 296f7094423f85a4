package org.commitmenttracker.commitments.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.commitmenttracker.commitments.extraction.CommitmentExtractor;
import org.commitmenttracker.commitments.extraction.DeadlineResolver;
import org.commitmenttracker.commitments.extraction.ExtractedCommitment;
import org.commitmenttracker.commitments.extraction.ImpliedDeadlinePolicy;
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
 * One thread, the labelled written answers in turn: extracting an answer's commitments (from its JSON line, so the
 * parse is included) against parsing the same line with Jackson alone.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ExtractionBenchmark {

    private final JsonMapper json = JsonMapper.builder().build();
    private final CommitmentExtractor extractor = new CommitmentExtractor(new DeadlineResolver(ImpliedDeadlinePolicy.defaults()));
    private List<String> lines;
    private int next;

    @Setup
    public void load() throws IOException {
        try (InputStream in = ExtractionBenchmark.class.getResourceAsStream("/dev-answers.jsonl")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
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
                LocalDate.parse(answer.get("date_answered").asString()));
    }

    @Benchmark
    public JsonNode parseAnswerJson() {
        return json.readTree(nextLine());
    }
}
