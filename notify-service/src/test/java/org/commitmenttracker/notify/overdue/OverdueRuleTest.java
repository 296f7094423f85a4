package org.commitmenttracker.notify.overdue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.commitmenttracker.events.CommitmentStatus;
import org.commitmenttracker.events.Deadline;
import org.commitmenttracker.events.DeadlineKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OverdueRuleTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-10T12:00:00Z"), ZoneOffset.UTC);
    private final LocalDate today = OverdueRule.today(clock);

    @Test
    void flagsCommitmentOverdueTheDayAfterItsDeadline() {
        assertThat(OverdueRule.isOverdue(explicit("2026-03-09"), CommitmentStatus.OPEN, today)).isTrue();
        assertThat(OverdueRule.overdueSince(LocalDate.parse("2026-03-09"))).isEqualTo("2026-03-10");
    }

    @Test
    void aCommitmentDueTodayIsNotOverdueYet() {
        assertThat(OverdueRule.isOverdue(explicit("2026-03-10"), CommitmentStatus.OPEN, today)).isFalse();
        assertThat(OverdueRule.isOverdue(explicit("2026-12-31"), CommitmentStatus.OPEN, today)).isFalse();
    }

    @Test
    void anImpliedDeadlineGoesOverdueToo() {
        assertThat(OverdueRule.isOverdue(new Deadline("in due course", LocalDate.parse("2025-11-05"), DeadlineKind.IMPLIED),
                CommitmentStatus.IN_PROGRESS, today)).isTrue();
    }

    @Test
    void aCommitmentWithoutADeadlineNeverGoesOverdue() {
        assertThat(OverdueRule.isOverdue(Deadline.none(), CommitmentStatus.OPEN, today)).isFalse();
        assertThat(OverdueRule.isOverdue(new Deadline("soon", LocalDate.parse("2020-01-01"), DeadlineKind.NONE),
                CommitmentStatus.OPEN, today)).isFalse();
        assertThat(OverdueRule.isOverdue(null, CommitmentStatus.OPEN, today)).isFalse();
        assertThat(OverdueRule.isOverdue(new Deadline("spring", null, DeadlineKind.EXPLICIT), CommitmentStatus.OPEN,
                today)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = CommitmentStatus.class, names = {"OPEN", "IN_PROGRESS"}, mode = EnumSource.Mode.EXCLUDE)
    void onlyOpenAndInProgressCommitmentsGoOverdue(CommitmentStatus status) {
        assertThat(OverdueRule.isOverdue(explicit("2020-05-31"), status, today)).isFalse();
    }

    @Test
    void todayIsTheUkDateNotTheUtcOne() {
        // 23:30 UTC on 1 June is 00:30 on 2 June in British Summer Time
        LocalDate ukToday = OverdueRule.today(Clock.fixed(Instant.parse("2026-06-01T23:30:00Z"), ZoneOffset.UTC));

        assertThat(ukToday).isEqualTo("2026-06-02");
        assertThat(OverdueRule.isOverdue(explicit("2026-06-01"), CommitmentStatus.OPEN, ukToday)).isTrue();
    }

    @Test
    void theAlertEventIdIsTheSameForTheSameDeadlineAndNewForARevisedOne() {
        String first = OverdueRule.alertEventId("cmt-4be5a1c09f3d2e17", LocalDate.parse("2020-05-31"));

        assertThat(OverdueRule.alertEventId("cmt-4be5a1c09f3d2e17", LocalDate.parse("2020-05-31"))).isEqualTo(first);
        assertThat(OverdueRule.alertEventId("cmt-4be5a1c09f3d2e17", LocalDate.parse("2020-08-31"))).isNotEqualTo(first);
        assertThat(OverdueRule.alertEventId("cmt-0000000000000000", LocalDate.parse("2020-05-31"))).isNotEqualTo(first);
        assertThat(UUID.fromString(first).version()).as("name-based").isEqualTo(3);
        assertThat(OverdueRule.alertId("cmt-4be5a1c09f3d2e17", LocalDate.parse("2020-05-31")))
                .isEqualTo("cmt-4be5a1c09f3d2e17:2020-05-31");
    }

    private static Deadline explicit(String date) {
        return new Deadline("by " + date, LocalDate.parse(date), DeadlineKind.EXPLICIT);
    }
}
