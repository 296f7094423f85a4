package org.commitmenttracker.commitments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ExtractCommandTest {

    @Test
    void writesOnePredictionLinePerAnswerAndNamesTheLinesItCannotRead() throws IOException {
        String input = """
                {"id": "a", "date_answered": "2019-11-05", "answer_text": "We will publish the strategy in the spring of 2020.", "commitments": []}
                not json at all
                {"id": "b", "date_answered": "05/11/2019", "answer_text": "We will act."}

                {"id": "c", "date_answered": "2019-11-05", "answer_text": "The information is not held centrally."}
                {"id": "d", "answer_text": "We will act."}
                """;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int failed = new ExtractCommand().run("answers.jsonl", new StringReader(input),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(failed).isEqualTo(3);
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "answers.jsonl:2: not a JSON object (StreamReadException)",
                "answers.jsonl:3: date_answered is not an ISO date (YYYY-MM-DD): 05/11/2019",
                "answers.jsonl:6: field 'date_answered' is missing or not a string");
        JsonMapper json = JsonMapper.builder().build();
        JsonNode first = json.readTree(out.toString(StandardCharsets.UTF_8).lines().findFirst().orElseThrow());
        assertThat(first.get("id").asString()).isEqualTo("a");
        assertThat(first.at("/commitments/0/text").asString()).isEqualTo("We will publish the strategy in the spring of 2020.");
        assertThat(first.at("/commitments/0/strength").asString()).isEqualTo("firm");
        assertThat(first.at("/commitments/0/deadline").asString()).isEqualTo("2020-05-31");
        assertThat(first.at("/commitments/0/deadline_kind").asString()).isEqualTo("explicit");
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(2)
                .last().isEqualTo("{\"id\":\"c\",\"commitments\":[]}");
    }
}
