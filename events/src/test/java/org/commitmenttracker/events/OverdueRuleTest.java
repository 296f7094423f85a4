package org.commitmenttracker.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OverdueRuleTest {

    private static final ZoneId UK = OverdueRule.DEFAULT_ZONE;

    private final LocalDate today = OverdueRule.today(Clock.fixed(Instant.parse("2026-03-10T12:00:00Z"), ZoneOffset.UTC), UK);

    @Test
    void flagsCommitmentOverdueTheDayAfterItsDeadline() {
        assertThat(OverdueRule.isOverdue(explicit("2026-03-09"), CommitmentStatus.OPEN, true, today)).isTrue();
        assertThat(OverdueRule.overdueSince(LocalDate.parse("2026-03-09"))).isEqualTo("2026-03-10");
        assertThat(OverdueRule.daysOverdue(explicit("2026-03-09"), CommitmentStatus.OPEN, true, today)).isEqualTo(1);
        assertThat(OverdueRule.daysOverdue(explicit("2026-02-08"), CommitmentStatus.OPEN, true, today)).isEqualTo(30);
    }

    @Test
    void aCommitmentDueTodayIsNotOverdueYet() {
        assertThat(OverdueRule.isOverdue(explicit("2026-03-10"), CommitmentStatus.OPEN, true, today)).isFalse();
        assertThat(OverdueRule.isOverdue(explicit("2026-12-31"), CommitmentStatus.OPEN, true, today)).isFalse();
        assertThat(OverdueRule.daysOverdue(explicit("2026-03-10"), CommitmentStatus.OPEN, true, today)).isZero();
    }

    @Test
    void anImpliedDeadlineGoesOverdueToo() {
        assertThat(OverdueRule.isOverdue(new Deadline("in due course", LocalDate.parse("2025-11-05"), DeadlineKind.IMPLIED),
                CommitmentStatus.IN_PROGRESS, true, today)).isTrue();
    }

    @Test
    void aCommitmentWithoutADeadlineNeverGoesOverdue() {
        assertThat(OverdueRule.isOverdue(Deadline.none(), CommitmentStatus.OPEN, true, today)).isFalse();
        assertThat(OverdueRule.isOverdue(new Deadline("soon", LocalDate.parse("2020-01-01"), DeadlineKind.NONE),
                CommitmentStatus.OPEN, true, today)).isFalse();
        assertThat(OverdueRule.isOverdue(null, CommitmentStatus.OPEN, true, today)).isFalse();
        assertThat(OverdueRule.isOverdue(new Deadline("spring", null, DeadlineKind.EXPLICIT), CommitmentStatus.OPEN,
                true, today)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = CommitmentStatus.class, names = {"OPEN", "IN_PROGRESS"}, mode = EnumSource.Mode.EXCLUDE)
    void onlyOpenAndInProgressCommitmentsGoOverdue(CommitmentStatus status) {
        assertThat(OverdueRule.isOverdue(explicit("2020-05-31"), status, true, today)).isFalse();
        assertThat(OverdueRule.daysOverdue(explicit("2020-05-31"), status, true, today)).isZero();
    }

    @Test
    void aCommitmentThatIsNotTrackedIsNeverOverdue() {
        assertThat(OverdueRule.isOverdue(explicit("2020-05-31"), CommitmentStatus.OPEN, false, today)).isFalse();
    }

    @Test
    void onlyACommitmentInItsLatestAnswerNotWithdrawnAndNotRejectedIsTracked() {
        for (ReviewState review : ReviewState.values()) {
            assertThat(OverdueRule.isTracked(true, false, review)).as("%s", review).isEqualTo(review != ReviewState.REJECTED);
            assertThat(OverdueRule.isTracked(false, false, review)).as("dropped, %s", review).isFalse();
            assertThat(OverdueRule.isTracked(true, true, review)).as("withdrawn, %s", review).isFalse();
        }
    }

    @Test
    void dueSoonFromTheLeadTimeBeforeTheDeadlineToTheDeadlineItself() {
        java.time.Period fortnight = java.time.Period.ofDays(14);
        assertThat(OverdueRule.isDueSoon(explicit("2026-03-24"), CommitmentStatus.OPEN, true, today, fortnight)).isTrue();
        assertThat(OverdueRule.isDueSoon(explicit("2026-03-10"), CommitmentStatus.IN_PROGRESS, true, today, fortnight)).isTrue();
        assertThat(OverdueRule.isDueSoon(explicit("2026-03-25"), CommitmentStatus.OPEN, true, today, fortnight)).isFalse();
        assertThat(OverdueRule.isDueSoon(explicit("2026-03-09"), CommitmentStatus.OPEN, true, today, fortnight))
                .as("overdue, not due soon").isFalse();
        assertThat(OverdueRule.isDueSoon(explicit("2026-03-20"), CommitmentStatus.DELIVERED, true, today, fortnight)).isFalse();
        assertThat(OverdueRule.isDueSoon(explicit("2026-03-20"), CommitmentStatus.OPEN, false, today, fortnight)).isFalse();
        assertThat(OverdueRule.isDueSoon(new Deadline("soon", LocalDate.parse("2026-03-20"), DeadlineKind.NONE),
                CommitmentStatus.OPEN, true, today, fortnight)).isFalse();
    }

    @Test
    void todayIsTheDateInTheConfiguredZoneNotTheUtcOne() {
        // 23:30 UTC on 1 June is 00:30 on 2 June in British Summer Time
        Clock lateEvening = Clock.fixed(Instant.parse("2026-06-01T23:30:00Z"), ZoneOffset.UTC);
        LocalDate ukToday = OverdueRule.today(lateEvening, UK);

        assertThat(ukToday).isEqualTo("2026-06-02");
        assertThat(OverdueRule.today(lateEvening, ZoneOffset.UTC)).isEqualTo("2026-06-01");
        assertThat(OverdueRule.isOverdue(explicit("2026-06-01"), CommitmentStatus.OPEN, true, ukToday)).isTrue();
    }

    private static Deadline explicit(String date) {
        return new Deadline("by " + date, LocalDate.parse(date), DeadlineKind.EXPLICIT);
    }
}
