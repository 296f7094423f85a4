package org.commitmenttracker.ingest.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class AnswerIdsTest {

    @Test
    void parliamentIdIsHouseDateTabledAndUinAsTheParliamentWritesThem() {
        assertThat(AnswerIds.parliamentId("Lords", LocalDate.of(2019, 10, 24), "hl401"))
                .isEqualTo("uk-parliament:lords:2019-10-24:HL401");
    }

    @Test
    void sourceIdsNeedASourceAndANativeId() {
        assertThat("hansard:12345").matches(AnswerIds.SOURCE_ID_PATTERN);
        assertThat("twfy:2019-10-24.HL401.h").matches(AnswerIds.SOURCE_ID_PATTERN);
        assertThat("12345").doesNotMatch(AnswerIds.SOURCE_ID_PATTERN);
        assertThat("hansard: 12").doesNotMatch(AnswerIds.SOURCE_ID_PATTERN);
    }
}
