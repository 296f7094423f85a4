package org.commitmenttracker.commitments.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.commitmenttracker.commitments.extraction.ExtractionScore.Commitment;
import org.junit.jupiter.api.Test;

/**
 * The Java port against ../shared/tools/score-extraction: the figures below are what that script printed for the same
 * four answers (gold and predictions written out as JSON lines, {@code --threshold 0.9}).
 */
class ExtractionScoreTest {

    private static Commitment c(String text, String action, String strength, String deadline, double confidence) {
        return new Commitment(text, action, strength, deadline, confidence);
    }

    @Test
    void givesTheFiguresScoreExtractionGives() {
        ExtractionScore score = new ExtractionScore(0.9);
        score.add("We will publish the report in May. The data is collected weekly.",
                List.of(c("We will publish the report in May.", "publish the report", "firm", "2025-05-31", 1)),
                List.of(c("We will publish the report in May.", "publish the report", "firm", "2025-05-31", 0.95),
                        c("The data is collected weekly.", "collect the data", "firm", null, 0.4)));
        // two predictions of one sentence, equally like the label: score-extraction pairs the later one
        score.add("We will publish the report and the data.",
                List.of(c("We will publish the report and the data.", "publish the report", "firm", null, 1)),
                List.of(c("We will publish the report and the data.", "publish", "weak", null, 0.6),
                        c("We will publish the report and the data.", "publish", "firm", null, 0.7)));
        score.add("Information is not held centrally.", List.of(),
                List.of(c("Information is not held centrally.", "hold information", "weak", null, 0.35)));
        score.add("The Department will consider the findings. It will respond in the autumn.",
                List.of(c("The Department will consider the findings.", "consider the findings", "weak", null, 1),
                        c("It will respond in the autumn.", "respond to the findings", "weak", "2025-11-30", 1)),
                List.of(c("It will respond in the autumn.", "respond", "weak", "2025-11-30", 0.92)));

        assertThat(score.precision()).isCloseTo(0.5, within(1e-4));
        assertThat(score.recall()).isCloseTo(0.75, within(1e-4));
        assertThat(score.f1()).isCloseTo(0.6, within(1e-4));
        assertThat(score.firmF1()).isCloseTo(0.8, within(1e-4));
        assertThat(score.strengthAccuracy()).isCloseTo(1.0, within(1e-4));
        assertThat(score.datedDeadlineAccuracy()).isCloseTo(1.0, within(1e-4));
        assertThat(score.negativesClean()).isCloseTo(0.0, within(1e-4));
        assertThat(score.acceptedPrecision()).isCloseTo(1.0, within(1e-4));
        assertThat(score.acceptedRecall()).isCloseTo(0.5, within(1e-4));
        assertThat(score.reviewShare()).isCloseTo(0.6667, within(1e-4));
    }
}
