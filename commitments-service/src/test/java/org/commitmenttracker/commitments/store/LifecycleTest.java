package org.commitmenttracker.commitments.store;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.commitmenttracker.events.CommitmentStatus.DELIVERED;
import static org.commitmenttracker.events.CommitmentStatus.DROPPED;
import static org.commitmenttracker.events.CommitmentStatus.IN_PROGRESS;
import static org.commitmenttracker.events.CommitmentStatus.NOT_MEASURABLE;
import static org.commitmenttracker.events.CommitmentStatus.OPEN;
import static org.commitmenttracker.events.CommitmentStatus.PARTLY_DELIVERED;
import static org.commitmenttracker.events.CommitmentStatus.SUPERSEDED;

import java.util.List;

import org.commitmenttracker.events.CommitmentStatus;
import org.commitmenttracker.events.Evidence;
import org.commitmenttracker.events.ReviewState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LifecycleTest {

    private static final List<Evidence> LINK = List.of(new Evidence("https://www.gov.uk/x", "X", null));

    @Test
    void anOpenCommitmentMovesToAnyOtherStatusWithWhatThatStatusNeeds() {
        assertThatCode(() -> {
            check(OPEN, IN_PROGRESS, null, List.of(), null);
            check(OPEN, DELIVERED, null, LINK, null);
            check(OPEN, PARTLY_DELIVERED, null, LINK, null);
            check(OPEN, DROPPED, "the Minister said it will not go ahead", List.of(), null);
            check(OPEN, SUPERSEDED, "replaced by the 2025 plan", List.of(), null);
            check(OPEN, NOT_MEASURABLE, null, List.of(), "no target date or number");
            check(IN_PROGRESS, OPEN, null, List.of(), null);
            check(PARTLY_DELIVERED, DELIVERED, null, LINK, null);
        }).doesNotThrowAnyException();
    }

    @Test
    void eachStatusRefusesWithoutWhatItNeedsNamingTheField() {
        refused(OPEN, DELIVERED, null, List.of(), null, ChangeRefusedException.Reason.INVALID, "evidence");
        refused(IN_PROGRESS, PARTLY_DELIVERED, null, List.of(), null, ChangeRefusedException.Reason.INVALID, "evidence");
        refused(OPEN, NOT_MEASURABLE, null, List.of(), " ", ChangeRefusedException.Reason.INVALID, "missingMeasure");
        refused(OPEN, DROPPED, null, List.of(), null, ChangeRefusedException.Reason.INVALID, "note");
        refused(OPEN, SUPERSEDED, "", List.of(), null, ChangeRefusedException.Reason.INVALID, "note");
        refused(OPEN, null, null, List.of(), null, ChangeRefusedException.Reason.INVALID, "status");
    }

    @ParameterizedTest
    @EnumSource(value = CommitmentStatus.class, names = {"DELIVERED", "DROPPED", "SUPERSEDED", "NOT_MEASURABLE"})
    void aClosedCommitmentIsOnlyReopenedAndWithANote(CommitmentStatus closed) {
        refused(closed, PARTLY_DELIVERED, "n", LINK, null, ChangeRefusedException.Reason.CONFLICT, "status");
        refused(closed, OPEN, null, List.of(), null, ChangeRefusedException.Reason.INVALID, "note");
        assertThatCode(() -> check(closed, IN_PROGRESS, "the report was withdrawn", List.of(), null))
                .doesNotThrowAnyException();
    }

    @Test
    void theSameStatusAgainIsAConflict() {
        refused(IN_PROGRESS, IN_PROGRESS, null, List.of(), null, ChangeRefusedException.Reason.CONFLICT, "status");
    }

    private static void check(CommitmentStatus from, CommitmentStatus to, String note, List<Evidence> evidence,
                              String measure) {
        Lifecycle.check(from, to, ReviewState.CONFIRMED, note, evidence, measure);
    }

    private static void refused(CommitmentStatus from, CommitmentStatus to, String note, List<Evidence> evidence,
                                String measure, ChangeRefusedException.Reason reason, String field) {
        assertThatThrownBy(() -> check(from, to, note, evidence, measure))
                .isInstanceOfSatisfying(ChangeRefusedException.class, e -> {
                    org.assertj.core.api.Assertions.assertThat(e.reason()).isEqualTo(reason);
                    org.assertj.core.api.Assertions.assertThat(e.field()).isEqualTo(field);
                });
    }
}
