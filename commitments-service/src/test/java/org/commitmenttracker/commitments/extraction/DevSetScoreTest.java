package org.commitmenttracker.commitments.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores the engine on the hand-labelled written answers (a copy of ../shared/data/dev-answers.jsonl) with the same
 * matching rules as score-extraction, and holds it to the targets of the extraction issue.
 */
class DevSetScoreTest {

    private static ExtractionScore score;

    @BeforeAll
    static void scoreTheDevAnswers() throws IOException {
        CommitmentExtractor extractor = new CommitmentExtractor(new DeadlineResolver(ImpliedDeadlinePolicy.defaults()));
        JsonMapper json = JsonMapper.builder().build();
        score = new ExtractionScore();
        try (InputStream in = DevSetScoreTest.class.getResourceAsStream("/dev-answers.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                JsonNode answer = json.readTree(line);
                String text = answer.get("answer_text").asString();
                List<ExtractionScore.Commitment> gold = answer.get("commitments").valueStream()
                        .map(c -> new ExtractionScore.Commitment(c.get("text").asString(), c.get("action").asString(),
                                c.get("strength").asString(), c.get("deadline").isNull() ? null : c.get("deadline").asString()))
                        .toList();
                List<ExtractionScore.Commitment> predicted = extractor.extract(PlainText.of(text),
                                LocalDate.parse(answer.get("date_answered").asString())).stream()
                        .map(c -> new ExtractionScore.Commitment(c.quote(), c.action(), c.strength().name().toLowerCase(Locale.ROOT),
                                c.deadline().kind() == FoundDeadline.Kind.EXPLICIT ? c.deadline().date().toString() : null))
                        .toList();
                score.add(text, gold, predicted);
            }
        }
    }

    @Test
    void findsCommitmentsWithF1OfAtLeast090() {
        assertThat(score.f1()).as(score.toString()).isGreaterThanOrEqualTo(0.90);
        assertThat(score.firmF1()).as(score.toString()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void judgesStrengthRightNineTimesInTen() {
        assertThat(score.strengthAccuracy()).as(score.toString()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void resolvesDatedDeadlinesToTheExactDay() {
        assertThat(score.datedDeadlineAccuracy()).as(score.toString()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void leavesAnswersWithoutCommitmentsClean() {
        assertThat(score.negativesClean()).as(score.toString()).isGreaterThanOrEqualTo(0.95);
    }
}
