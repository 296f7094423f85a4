package org.commitmenttracker.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.commitmenttracker.events.CommitmentSource;
import org.commitmenttracker.events.CommitmentStatus;
import org.commitmenttracker.events.Deadline;
import org.commitmenttracker.events.DeadlineKind;
import org.commitmenttracker.events.OverdueRule;
import org.commitmenttracker.events.Quote;
import org.commitmenttracker.events.ReviewState;
import org.commitmenttracker.events.Strength;
import org.commitmenttracker.notify.tracking.CommitmentStore;
import org.commitmenttracker.notify.tracking.TrackedCommitment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The overdue scan's query is a pre-filter for the {@link OverdueRule}: over every kind of deadline, status and
 * tracking, on the MongoDB wire server, it finds every commitment the rule says is overdue and nothing that is not
 * (so the scan looks at no more than it must), and the same for due soon; and the newest version wins. Its "today" is in 2100, so that the
 * running scan (on the test clock, in 2026) leaves these commitments alone.
 */
class OverdueCheckQueryIT extends NotifyIntegrationTest {

    private static final LocalDate TODAY = LocalDate.of(2100, 3, 10);

    @Autowired
    CommitmentStore store;

    @Test
    void theScanQueryFindsExactlyWhatTheRuleSaysIsOverdue() {
        List<TrackedCommitment> all = new ArrayList<>();
        for (Deadline deadline : List.of(
                new Deadline("by 9 March", TODAY.minusDays(1), DeadlineKind.EXPLICIT),
                new Deadline("today", TODAY, DeadlineKind.EXPLICIT),
                new Deadline("next year", TODAY.plusYears(1), DeadlineKind.EXPLICIT),
                new Deadline("in due course", TODAY.minusMonths(2), DeadlineKind.IMPLIED),
                new Deadline("soon", TODAY.minusMonths(2), DeadlineKind.NONE),
                new Deadline("in the spring", null, DeadlineKind.EXPLICIT),
                Deadline.none())) {
            for (CommitmentStatus status : CommitmentStatus.values()) {
                for (boolean tracked : List.of(true, false)) {
                    TrackedCommitment c = commitment("cmt-q-" + UUID.randomUUID(), 1, deadline, status, tracked);
                    all.add(c);
                }
            }
        }
        assertThat(store.saveAllIfNewer(all)).hasSize(all.size());
        Set<String> ruleSaysOverdue = all.stream()
                .filter(c -> OverdueRule.isOverdue(c.deadline(), c.status(), c.tracked(), TODAY))
                .map(TrackedCommitment::commitmentId).collect(Collectors.toSet());
        assertThat(ruleSaysOverdue).as("the matrix has overdue commitments").hasSize(4);

        Set<String> ids = all.stream().map(TrackedCommitment::commitmentId).collect(Collectors.toSet());
        assertThat(store.awaitingOverdueCheck(TODAY, 10_000)).extracting(TrackedCommitment::commitmentId)
                .filteredOn(ids::contains).containsExactlyInAnyOrderElementsOf(ruleSaysOverdue);

        Period lead = Period.ofDays(14);
        Set<String> ruleSaysDueSoon = all.stream()
                .filter(c -> OverdueRule.isDueSoon(c.deadline(), c.status(), c.tracked(), TODAY, lead))
                .map(TrackedCommitment::commitmentId).collect(Collectors.toSet());
        assertThat(ruleSaysDueSoon).as("the matrix has commitments due soon").hasSize(2);
        assertThat(store.awaitingDueSoonCheck(TODAY, TODAY.plus(lead), 10_000)).extracting(TrackedCommitment::commitmentId)
                .filteredOn(ids::contains).containsExactlyInAnyOrderElementsOf(ruleSaysDueSoon);
    }

    @Test
    void anOlderOrEqualVersionNeverReplacesANewerOne() {
        String id = "cmt-v-" + UUID.randomUUID();
        String other = "cmt-v-" + UUID.randomUUID();
        Deadline passed = new Deadline("by 9 March", TODAY.minusDays(1), DeadlineKind.EXPLICIT);
        assertThat(store.findAll(List.of(id, other))).as("new to the store").isEmpty();
        assertThat(store.saveAllIfNewer(List.of(commitment(id, 2, passed, CommitmentStatus.OPEN, false))))
                .containsExactly(id);

        // older and equal versions are refused, each alone; the other commitment in the same write is written
        assertThat(store.saveAllIfNewer(List.of(commitment(id, 1, passed, CommitmentStatus.OPEN, true),
                commitment(other, 1, passed, CommitmentStatus.OPEN, true)))).containsExactly(other);
        assertThat(store.saveAllIfNewer(List.of(commitment(id, 2, passed, CommitmentStatus.OPEN, true)))).isEmpty();
        assertThat(store.findAll(List.of(id)).get(id))
                .extracting(TrackedCommitment::version, TrackedCommitment::tracked).containsExactly(2L, false);
        assertThat(store.awaitingOverdueCheck(TODAY, 10_000)).extracting(TrackedCommitment::commitmentId)
                .doesNotContain(id).contains(other);

        assertThat(store.saveAllIfNewer(List.of(commitment(id, 3, passed, CommitmentStatus.DELIVERED, true))))
                .containsExactly(id);
        assertThat(store.findAll(List.of(id, other))).hasSize(2).extractingByKey(id)
                .extracting(TrackedCommitment::version, TrackedCommitment::status)
                .containsExactly(3L, CommitmentStatus.DELIVERED);
        assertThat(store.saveAllIfNewer(List.of(commitment(id, 4, passed, CommitmentStatus.OPEN, true))))
                .containsExactly(id);
        assertThat(store.awaitingOverdueCheck(TODAY, 10_000)).filteredOn(c -> c.commitmentId().equals(id))
                .extracting(TrackedCommitment::version).containsExactly(4L);
    }

    private static TrackedCommitment commitment(String id, long version, Deadline deadline, CommitmentStatus status,
                                                boolean tracked) {
        return new TrackedCommitment(id, version, UUID.randomUUID().toString(), Instant.EPOCH,
                new CommitmentSource("uk-parliament:commons:2026-01-02:1", "commons", "Cabinet Office", null, null,
                        LocalDate.of(2026, 1, 2), null, null),
                new Quote("We will do it.", 0, 14), "do it", Strength.FIRM, 0.9, deadline, status,
                tracked ? ReviewState.ACCEPTED : ReviewState.REJECTED, tracked, false, List.of());
    }
}
