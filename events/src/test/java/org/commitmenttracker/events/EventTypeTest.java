package org.commitmenttracker.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class EventTypeTest {

    @Test
    void everyTypeIdIsVersionedAndUnique() {
        assertThat(EventType.values()).extracting(EventType::typeId)
                .allMatch(id -> id.startsWith("org.commitmenttracker.") && id.endsWith(".v1"))
                .doesNotHaveDuplicates();
    }

    @Test
    void looksTypesUpByTheirWireId() {
        assertThat(EventType.ofTypeId("org.commitmenttracker.commitment.overdue.v1")).contains(EventType.COMMITMENT_OVERDUE);
        assertThat(EventType.ofTypeId("org.commitmenttracker.commitment.overdue.v9")).isEmpty();
    }

    @Test
    void theShortNameHasNeitherNamespaceNorVersion() {
        assertThat(EventType.COMMITMENT_OVERDUE.shortName()).isEqualTo("commitment.overdue");
        assertThat(EventType.COMMITMENT_DUE_SOON.shortName()).isEqualTo("commitment.due_soon");
        assertThat(EventType.ANSWER_RECEIVED.shortName()).isEqualTo("answer.received");
    }

    @Test
    void everyEventGoesToATopicOfTheCatalogue() {
        assertThat(Arrays.stream(EventType.values()).map(EventType::topic)).allMatch(Topics.ALL::contains);
    }

    @Test
    void deadLetterTopicSitsBesideItsSource() {
        assertThat(Topics.deadLetter(Topics.ANSWERS)).isEqualTo("tracker.answers.v1.dlt").isEqualTo(Topics.ANSWERS_DLT);
    }

    @Test
    void onlyOutstandingStatusesCanGoOverdue() {
        assertThat(Arrays.stream(CommitmentStatus.values()).filter(CommitmentStatus::isOutstanding))
                .containsExactly(CommitmentStatus.OPEN, CommitmentStatus.IN_PROGRESS);
    }
}
