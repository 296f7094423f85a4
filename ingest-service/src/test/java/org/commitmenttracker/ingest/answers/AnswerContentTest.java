package org.commitmenttracker.ingest.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.commitmenttracker.events.Answer;
import org.junit.jupiter.api.Test;

class AnswerContentTest {

    private static Answer answer(String heading, String text, String sourceUrl, List<String> grouped) {
        return new Answer("uk-parliament:lords:2019-10-24:HL401", "lords", "HL401", LocalDate.of(2019, 10, 24),
                LocalDate.of(2019, 11, 5), "Cabinet Office", "Earl Howe", "Lord Kennedy of Southwark", heading,
                "To ask His Majesty's Government ...", text, sourceUrl, false, grouped);
    }

    private static final String TEXT = "We will publish the consultation in the spring of 2020.";

    @Test
    void whereTheAnswerWasReadFromIsNotContent() {
        assertThat(AnswerContent.hash(answer("Elections", TEXT, "https://www.theyworkforyou.com/wrans/?id=2019-10-24.HL401.h", List.of())))
                .isEqualTo(AnswerContent.hash(answer("Elections", TEXT, "https://questions-statements.parliament.uk/HL401", List.of())))
                .hasSize(64);
    }

    @Test
    void anyChangeOfTextDateOrGroupingIsContent() {
        String original = AnswerContent.hash(answer("Elections", TEXT, null, List.of()));

        assertThat(AnswerContent.hash(answer("Elections", TEXT.replace("spring", "summer"), null, List.of()))).isNotEqualTo(original);
        assertThat(AnswerContent.hash(answer("Elections", TEXT, null, List.of("HL402")))).isNotEqualTo(original);
        assertThat(AnswerContent.hash(answer(null, TEXT, null, List.of()))).isNotEqualTo(original);
        assertThat(AnswerContent.hash(answer("", TEXT, null, List.of()))).as("empty is not missing")
                .isNotEqualTo(AnswerContent.hash(answer(null, TEXT, null, List.of())));
    }

    @Test
    void fieldsDoNotRunTogether() {
        assertThat(AnswerContent.hash(answer("Elections W", "e will.", null, List.of())))
                .isNotEqualTo(AnswerContent.hash(answer("Elections", "We will.", null, List.of())));
    }

    @Test
    void groupedQuestionsInAnyOrderAreTheSameGroup() {
        assertThat(AnswerContent.hash(answer("Elections", TEXT, null, List.of("HL402", "HL403"))))
                .isEqualTo(AnswerContent.hash(answer("Elections", TEXT, null, List.of("HL403", "HL402"))));
    }
}
