package org.commitmenttracker.notify.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.commitmenttracker.events.CommitmentAlert;
import org.commitmenttracker.events.CommitmentOverdue;
import org.commitmenttracker.events.CommitmentSource;
import org.commitmenttracker.events.CommitmentStatus;
import org.commitmenttracker.events.CommitmentWithdrawn;
import org.commitmenttracker.events.Deadline;
import org.commitmenttracker.events.Quote;
import org.junit.jupiter.api.Test;

class AlertFilterTest {

    private static CommitmentAlert overdue(String department, String minister, String action) {
        return new CommitmentOverdue("e1", Instant.EPOCH, "cmt-1", source(department, minister), action,
                new Quote("We will " + action + " by March.", 0, 20), Deadline.none(), CommitmentStatus.OPEN,
                LocalDate.of(2020, 4, 1));
    }

    private static CommitmentSource source(String department, String minister) {
        return new CommitmentSource("a1", "commons", department, minister, null, LocalDate.of(2020, 1, 1), null, null);
    }

    @Test
    void anEmptyFilterLetsEverythingThrough() {
        assertThat(AlertFilter.EVERYTHING.matches(overdue("Cabinet Office", null, "publish the review"))).isTrue();
        assertThat(new AlertFilter(null, List.of(" "), null, null).matches(overdue("Home Office", null, "act"))).isTrue();
    }

    @Test
    void typesAreTheWebhookNames() {
        AlertFilter onlyWithdrawn = new AlertFilter(List.of("commitment.withdrawn"), null, null, null);

        assertThat(onlyWithdrawn.matches(overdue("Cabinet Office", null, "act"))).isFalse();
        assertThat(onlyWithdrawn.matches(new CommitmentWithdrawn("e2", Instant.EPOCH, "cmt-1",
                source("Cabinet Office", null), "act", null, null, CommitmentStatus.OPEN))).isTrue();
        assertThat(new AlertFilter(List.of("commitment.overdue", "commitment.late"), null, null, null).unknownTypes())
                .containsExactly("commitment.late");
        assertThat(AlertFilter.ALERT_TYPES).containsExactlyInAnyOrder("commitment.found", "commitment.due_soon",
                "commitment.overdue", "commitment.status_changed", "commitment.withdrawn");
    }

    @Test
    void aDepartmentFollowsItsRenames() {
        AlertFilter decc = new AlertFilter(null, List.of("the Department of Energy & Climate Change"), null, null);

        assertThat(decc.matches(overdue("Department for Energy Security and Net Zero", null, "act"))).isTrue();
        assertThat(decc.matches(overdue("Department of Energy and Climate Change", null, "act"))).isTrue();
        assertThat(decc.matches(overdue("Cabinet Office", null, "act"))).isFalse();
        assertThat(decc.departmentsWithTheirLines()).contains("Department for Business, Energy and Industrial Strategy");
    }

    @Test
    void aMinisterMatchesByPartOfTheNameWithoutRegardToCase() {
        AlertFilter howe = new AlertFilter(null, null, List.of("earl howe"), null);

        assertThat(howe.matches(overdue("Ministry of Defence", "Earl Howe", "act"))).isTrue();
        assertThat(howe.matches(overdue("Ministry of Defence", "Baroness Goldie", "act"))).isFalse();
        assertThat(howe.matches(overdue("Ministry of Defence", null, "act"))).isFalse();
    }

    @Test
    void keywordsAreWholeWordsOrPhrasesInTheActionOrQuote() {
        AlertFilter flood = new AlertFilter(null, null, null, List.of("flood defences", "NHS"));

        assertThat(flood.matches(overdue("Defra", null, "review Flood Defences in Yorkshire"))).isTrue();
        assertThat(flood.matches(overdue("DHSC", null, "fund the nhs app"))).isTrue();
        assertThat(flood.matches(overdue("DHSC", null, "publish the NHSX report"))).as("not part of a word").isFalse();
        assertThat(flood.matches(overdue("Defra", null, "review floods"))).isFalse();
    }

    @Test
    void everyListGivenMustMatch() {
        AlertFilter both = new AlertFilter(List.of("commitment.overdue"), List.of("Cabinet Office"), null,
                List.of("imprints"));

        assertThat(both.matches(overdue("Cabinet Office", null, "implement digital imprints"))).isTrue();
        assertThat(both.matches(overdue("Home Office", null, "implement digital imprints"))).isFalse();
        assertThat(both.matches(overdue("Cabinet Office", null, "launch a consultation"))).isFalse();
    }
}
