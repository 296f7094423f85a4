package org.commitmenttracker.ingest.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class QuestionGroupsTest {

    @Test
    void theLowestUinLeadsShorterBeforeLongerThenByLetter() {
        assertThat(QuestionGroups.leadOtherThan("1001", List.of("586", "2002"))).contains("586");
        assertThat(QuestionGroups.leadOtherThan("HL1001", List.of("hl586"))).contains("HL586");
        assertThat(QuestionGroups.leadOtherThan("586", List.of("1001", "587"))).isEmpty();
        assertThat(QuestionGroups.leadOtherThan("HL401", List.of("hl401"))).as("itself").isEmpty();
    }
}
