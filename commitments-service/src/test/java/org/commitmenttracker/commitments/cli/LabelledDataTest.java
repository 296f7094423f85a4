package org.commitmenttracker.commitments.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.commitmenttracker.commitments.extraction.ExtractionTraining.LabelledAnswer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabelledDataTest {

    private static final String GOOD = """
            {"id": "a", "kind": "statement", "date_answered": "2024-05-16", "answer_text": "We will publish the plan.",
             "commitments": [{"text": "We will publish the plan.", "action": "publish the plan", "strength": "firm", "deadline": null}]}
            """.replace("\n ", " ");

    @TempDir
    Path dir;

    private Path file(String... lines) throws IOException {
        return Files.write(dir.resolve("answers.jsonl"), List.of(lines));
    }

    @Test
    void readsAnAnswerWithItsLabels() throws IOException {
        List<LabelledAnswer> answers = LabelledData.read(List.of(file(GOOD.strip())), null);
        assertThat(answers).singleElement().satisfies(a -> {
            assertThat(a.statement()).isTrue();
            assertThat(a.answered()).hasToString("2024-05-16");
            assertThat(a.labels()).singleElement().satisfies(l -> assertThat(l.strength()).isEqualTo("firm"));
        });
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            {"id": "b", "answer_text": "x", "commitments": []}                                  | field 'date_answered' is missing or not a string
            {"id": "b", "answer_text": "x", "date_answered": "16/05/2024", "commitments": []}   | date_answered is not an ISO date (YYYY-MM-DD): 16/05/2024
            {"id": "b", "answer_text": "x", "date_answered": "2024-05-16"}                      | field 'commitments' is missing or not an array
            {"id": "b", "answer_text": "x", "date_answered": "2024-05-16", "commitments": [{"text": "x", "strength": "strong"}]} | a commitment's strength is 'strong', not firm or weak
            {"answer_text": "x", "date_answered": "2024-05-16", "commitments": []}              | field 'id' is missing or not a string
            [1, 2]                                                                              | not a JSON object
            """)
    void namesTheLineAndWhatIsWrongWithIt(String line, String message) throws IOException {
        Path file = file(GOOD.strip(), line);
        assertThatIllegalArgumentException().isThrownBy(() -> LabelledData.read(List.of(file), null))
                .withMessage(file + ":2: " + message);
    }
}
