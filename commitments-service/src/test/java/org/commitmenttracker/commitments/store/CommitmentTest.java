package org.commitmenttracker.commitments.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.commitmenttracker.events.ChangeKind;
import org.commitmenttracker.events.CommitmentSource;
import org.commitmenttracker.events.CommitmentStatus;
import org.commitmenttracker.events.Deadline;
import org.commitmenttracker.events.DeadlineKind;
import org.commitmenttracker.events.Evidence;
import org.commitmenttracker.events.FieldChange;
import org.commitmenttracker.events.Quote;
import org.commitmenttracker.events.ReviewState;
import org.commitmenttracker.events.Strength;
import org.junit.jupiter.api.Test;

class CommitmentTest {

    static final Instant FIRST = Instant.parse("2024-01-10T09:00:00Z");
    static final Instant LATER = Instant.parse("2024-02-01T09:00:00Z");
    static final CommitmentSource SOURCE = new CommitmentSource("uk-parliament:commons:2024-01-02:1234", "commons",
            "Department for Transport", "A Minister", null, LocalDate.of(2024, 1, 10), "Roads", null);
    static final Evidence REPORT = new Evidence("https://www.gov.uk/government/publications/road-strategy",
            "Road strategy", LocalDate.of(2024, 5, 2));

    static Commitment found(String action, String deadlineText, LocalDate deadline, String answerEventId, Instant now) {
        return Commitment.extracted("cmt-1", SOURCE, new Quote("We will " + action + " " + deadlineText + ".", 0, 40),
                new Finding(action, Strength.FIRM, new Deadline(deadlineText, deadline, DeadlineKind.EXPLICIT)), 0.93,
                ReviewState.ACCEPTED, answerEventId, now);
    }

    private final Commitment first = found("publish the road strategy", "in the spring", LocalDate.of(2024, 5, 31), "event-1", FIRST);

    @Test
    void aNewCommitmentIsVersionOneOpenTrackedAndUnpublished() {
        assertThat(first.version()).isEqualTo(1);
        assertThat(first.status()).isEqualTo(CommitmentStatus.OPEN);
        assertThat(first.tracked()).isTrue();
        assertThat(first.publishPending()).isTrue();
        assertThat(first.history()).containsExactly(new Change(1, ChangeKind.EXTRACTED, Commitment.SERVICE, FIRST, null,
                List.of(), List.of(), new Change.Extraction(first.source(), first.quote(), first.found(), 0.93,
                        CommitmentStatus.OPEN)));
        assertThat(first.unpublishedChanges()).isEqualTo(first.history());
    }

    @Test
    void foundAgainUnchangedIsNoChange() {
        assertThat(first.reExtracted(found("publish the road strategy", "in the spring", LocalDate.of(2024, 5, 31),
                "event-2", LATER), LATER)).isEmpty();
    }

    @Test
    void foundAgainChangedTakesTheEngineValuesAndKeepsWhatStaffRecorded() {
        Commitment staffs = first.reviewed(ReviewState.CONFIRMED, "editor-1", null, FIRST)
                .statusChanged(CommitmentStatus.IN_PROGRESS, "editor-1", "consultation closed", List.of(), null, FIRST)
                .edited("publish the national road strategy", null, "editor-1", "fuller wording", FIRST);

        Commitment again = staffs.reExtracted(found("publish the road strategy", "in the summer",
                LocalDate.of(2024, 8, 31), "event-2", LATER), LATER).orElseThrow();

        assertThat(again.deadline().date()).isEqualTo("2024-08-31");
        assertThat(again.found().deadline().date()).isEqualTo("2024-08-31");
        assertThat(again.lastAnswerEventId()).isEqualTo("event-2");
        assertThat(again.status()).isEqualTo(CommitmentStatus.IN_PROGRESS);
        assertThat(again.review()).isEqualTo(ReviewState.CONFIRMED);
        assertThat(again.action()).as("staff's wording survives").isEqualTo("publish the national road strategy");
        assertThat(again.found().action()).as("the engine's stays beside it").isEqualTo("publish the road strategy");
        assertThat(again.version()).isEqualTo(5);
        assertThat(again.createdAt()).isEqualTo(FIRST);
        assertThat(again.updatedAt()).isEqualTo(LATER);
        assertThat(again.history()).last().extracting(Change::kind, Change::fields).containsExactly(ChangeKind.RE_EXTRACTED,
                List.of(new FieldChange("engine.deadline", "2024-05-31 (in the spring)", "2024-08-31 (in the summer)")));
        assertThat(again.history()).last().extracting(c -> c.extraction().found().deadline().date(), c -> c.extraction().status())
                .containsExactly(LocalDate.of(2024, 8, 31), CommitmentStatus.IN_PROGRESS);
    }

    @Test
    void aRevisedDeadlineSurvivesReExtractionAndEachRevisionIsInTheHistory() {
        Commitment revised = first
                .deadlineRevised(new Deadline("by the end of June", LocalDate.of(2024, 6, 30), DeadlineKind.EXPLICIT),
                        "editor-1", "the department said so on 2 April", FIRST)
                .deadlineRevised(new Deadline("by the end of July", LocalDate.of(2024, 7, 31), DeadlineKind.EXPLICIT),
                        "editor-2", null, LATER);

        assertThat(revised.deadline().date()).isEqualTo("2024-07-31");
        assertThat(revised.history()).filteredOn(c -> c.kind() == ChangeKind.DEADLINE_REVISED)
                .extracting(Change::by, c -> c.fields().get(0).to())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("editor-1", "2024-06-30 (by the end of June)"),
                        org.assertj.core.groups.Tuple.tuple("editor-2", "2024-07-31 (by the end of July)"));
        Commitment again = revised.reExtracted(found("publish the road strategy", "in the autumn",
                LocalDate.of(2024, 11, 30), "event-2", LATER), LATER).orElseThrow();
        assertThat(again.deadline().date()).isEqualTo("2024-07-31");
        assertThatThrownBy(() -> again.deadlineRevised(again.deadline(), "editor-1", null, LATER))
                .isInstanceOf(ChangeRefusedException.class).hasMessageContaining("already");
    }

    @Test
    void reviewConfirmsOrRejectsWithAReasonAndRefusesTheSameDecisionTwice() {
        Commitment confirmed = first.reviewed(ReviewState.CONFIRMED, "editor-1", null, LATER);
        assertThat(confirmed.review()).isEqualTo(ReviewState.CONFIRMED);
        assertThat(confirmed.history()).last().extracting(Change::kind, Change::by)
                .containsExactly(ChangeKind.REVIEWED, "editor-1");
        assertThat(refusal(() -> confirmed.reviewed(ReviewState.CONFIRMED, "editor-1", null, LATER)))
                .extracting(ChangeRefusedException::reason, ChangeRefusedException::field)
                .containsExactly(ChangeRefusedException.Reason.CONFLICT, "decision");

        assertThat(refusal(() -> first.reviewed(ReviewState.REJECTED, "editor-1", " ", LATER)))
                .extracting(ChangeRefusedException::reason, ChangeRefusedException::field)
                .containsExactly(ChangeRefusedException.Reason.INVALID, "note");
        Commitment rejected = first.reviewed(ReviewState.REJECTED, "editor-1", "a prediction, not a promise", LATER);
        assertThat(rejected.tracked()).isFalse();
        assertThat(rejected.history()).last().extracting(Change::note).isEqualTo("a prediction, not a promise");
        assertThat(refusal(() -> first.reviewed(ReviewState.ACCEPTED, "editor-1", null, LATER)).field())
                .isEqualTo("decision");
    }

    @Test
    void deliveredNeedsEvidenceAndKeepsIt() {
        assertThat(refusal(() -> first.statusChanged(CommitmentStatus.DELIVERED, "editor-1", null, List.of(), null, LATER)))
                .extracting(ChangeRefusedException::reason, ChangeRefusedException::field)
                .containsExactly(ChangeRefusedException.Reason.INVALID, "evidence");

        Commitment delivered = first.statusChanged(CommitmentStatus.DELIVERED, "editor-1", "published on 2 May",
                List.of(REPORT), null, LATER);

        assertThat(delivered.status()).isEqualTo(CommitmentStatus.DELIVERED);
        assertThat(delivered.evidence()).containsExactly(REPORT);
        assertThat(delivered.history()).last().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(ChangeKind.STATUS_CHANGED);
            assertThat(change.fields()).containsExactly(new FieldChange("status", "open", "delivered"));
            assertThat(change.evidence()).containsExactly(REPORT);
            assertThat(change.at()).isEqualTo(LATER);
        });
    }

    @Test
    void aRejectedCommitmentHasNoProgressToRecord() {
        Commitment rejected = first.reviewed(ReviewState.REJECTED, "editor-1", "not a commitment", LATER);

        assertThat(refusal(() -> rejected.statusChanged(CommitmentStatus.IN_PROGRESS, "editor-1", null, List.of(), null,
                LATER)).reason()).isEqualTo(ChangeRefusedException.Reason.CONFLICT);
    }

    @Test
    void droppedByACorrectionIsTrackedNoMoreAndComesBackWhenFoundAgain() {
        Commitment dropped = first.dropped(LATER).orElseThrow();

        assertThat(dropped.inLatestAnswer()).isFalse();
        assertThat(dropped.tracked()).isFalse();
        assertThat(dropped.version()).isEqualTo(2);
        assertThat(dropped.history()).extracting(Change::kind).containsExactly(ChangeKind.EXTRACTED, ChangeKind.DROPPED);
        assertThat(dropped.dropped(LATER)).as("dropped twice").isEmpty();

        Commitment back = dropped.reExtracted(found("publish the road strategy", "in the spring",
                LocalDate.of(2024, 5, 31), "event-3", LATER), LATER).orElseThrow();
        assertThat(back.tracked()).isTrue();
        assertThat(back.version()).isEqualTo(3);
    }

    @Test
    void aWithdrawnQuestionsCommitmentIsTrackedNoMore() {
        Commitment withdrawn = first.withdrawn(LATER).orElseThrow();

        assertThat(withdrawn.withdrawn()).isTrue();
        assertThat(withdrawn.inLatestAnswer()).isFalse();
        assertThat(withdrawn.tracked()).isFalse();
        assertThat(withdrawn.history()).last().extracting(Change::kind, Change::by)
                .containsExactly(ChangeKind.WITHDRAWN, Commitment.SERVICE);
        assertThat(withdrawn.withdrawn(LATER)).as("withdrawn twice").isEmpty();
        assertThat(withdrawn.dropped(LATER)).as("not in its latest answer already").isEmpty();
    }

    @Test
    void anEditThatChangesNothingIsRefused() {
        assertThat(refusal(() -> first.edited("publish the road strategy", Strength.FIRM, "editor-1", null, LATER)))
                .extracting(ChangeRefusedException::reason).isEqualTo(ChangeRefusedException.Reason.CONFLICT);
        Commitment weak = first.edited(null, Strength.WEAK, "editor-1", "hedged: subject to funding", LATER);
        assertThat(weak.strength()).isEqualTo(Strength.WEAK);
        assertThat(weak.found().strength()).isEqualTo(Strength.FIRM);
        assertThat(weak.action()).isEqualTo("publish the road strategy");
    }

    @Test
    void aLinkIsMadeOnceAndASuggestionLastsUntilTheStatusChanges() {
        ThreadLink later = new ThreadLink("uk-parliament:commons:2024-06-01:99", "cmt-2", LocalDate.of(2024, 6, 1),
                "Department for Transport", "publish the road strategy", true, "editor-1", LATER);
        Suggestion delivered = new Suggestion(CommitmentStatus.DELIVERED, "The road strategy was published in May.",
                REPORT, "cmt-2", later.answerId(), LATER);

        Commitment linked = first.linked(later, delivered, Commitment.SERVICE, "a later answer reports it done", LATER);

        assertThat(linked.thread()).containsExactly(later);
        assertThat(linked.suggestion()).isEqualTo(delivered);
        assertThat(linked.history()).last().extracting(Change::kind).isEqualTo(ChangeKind.LINKED);
        assertThat(refusal(() -> linked.linked(later, null, "editor-1", null, LATER)).field()).isEqualTo("commitmentId");
        assertThat(refusal(() -> first.linked(new ThreadLink("a", first.id(), LocalDate.of(2024, 1, 1), "d", "x", true,
                "editor-1", LATER), null, "editor-1", null, LATER)).reason()).isEqualTo(ChangeRefusedException.Reason.CONFLICT);

        Commitment accepted = linked.statusChanged(CommitmentStatus.DELIVERED, "editor-1", null, List.of(REPORT), null, LATER);
        assertThat(accepted.suggestion()).isNull();
        assertThat(accepted.thread()).containsExactly(later);

        Commitment unlinked = linked.unlinked("cmt-2", "editor-1", "not the same strategy", LATER);
        assertThat(unlinked.thread()).isEmpty();
        assertThat(unlinked.suggestion()).as("the suggestion goes with its link").isNull();
        assertThat(refusal(() -> unlinked.unlinked("cmt-2", "editor-1", null, LATER)).reason())
                .isEqualTo(ChangeRefusedException.Reason.CONFLICT);
    }

    private static ChangeRefusedException refusal(Runnable change) {
        try {
            change.run();
        } catch (ChangeRefusedException e) {
            return e;
        }
        throw new AssertionError("the change was not refused");
    }
}
