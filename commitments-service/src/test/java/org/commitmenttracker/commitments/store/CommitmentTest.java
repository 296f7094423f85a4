package org.commitmenttracker.commitments.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.commitmenttracker.events.ChangeKind;
import org.commitmenttracker.events.CommitmentSource;
import org.commitmenttracker.events.CommitmentStatus;
import org.commitmenttracker.events.Deadline;
import org.commitmenttracker.events.DeadlineKind;
import org.commitmenttracker.events.Quote;
import org.commitmenttracker.events.ReviewState;
import org.commitmenttracker.events.Strength;
import org.junit.jupiter.api.Test;

class CommitmentTest {

    static final Instant FIRST = Instant.parse("2024-01-10T09:00:00Z");
    static final Instant LATER = Instant.parse("2024-02-01T09:00:00Z");
    static final CommitmentSource SOURCE = new CommitmentSource("uk-parliament:commons:2024-01-02:1234", "commons",
            "Department for Transport", "A Minister", null, LocalDate.of(2024, 1, 10), "Roads", null);

    static Commitment found(String action, String deadlineText, LocalDate deadline, String answerEventId, Instant now) {
        return Commitment.extracted("cmt-1", SOURCE, new Quote("We will " + action + " " + deadlineText + ".", 0, 40),
                action, Strength.FIRM, 0.93, new Deadline(deadlineText, deadline, DeadlineKind.EXPLICIT),
                ReviewState.ACCEPTED, answerEventId, now);
    }

    private final Commitment first = found("publish the road strategy", "in the spring", LocalDate.of(2024, 5, 31), "event-1", FIRST);

    @Test
    void aNewCommitmentIsVersionOneOpenTrackedAndUnpublished() {
        assertThat(first.version()).isEqualTo(1);
        assertThat(first.status()).isEqualTo(CommitmentStatus.OPEN);
        assertThat(first.tracked()).isTrue();
        assertThat(first.publishPending()).isTrue();
        assertThat(first.history()).containsExactly(new Change(1, ChangeKind.EXTRACTED, Commitment.SERVICE, FIRST, null));
        assertThat(first.unpublishedChanges()).isEqualTo(first.history());
    }

    @Test
    void foundAgainUnchangedIsNoChange() {
        assertThat(first.reExtracted(found("publish the road strategy", "in the spring", LocalDate.of(2024, 5, 31),
                "event-2", LATER), LATER)).isEmpty();
    }

    @Test
    void foundAgainChangedTakesTheEngineValuesAndKeepsWhatStaffRecorded() {
        Commitment reviewed = new Commitment(first.id(), first.source(), first.quote(), first.action(), first.strength(),
                first.confidence(), first.deadline(), CommitmentStatus.IN_PROGRESS, ReviewState.CONFIRMED,
                first.lastAnswerEventId(), true, false, 1, 1, first.history(), FIRST, FIRST);

        Commitment again = reviewed.reExtracted(found("publish the road strategy", "in the summer",
                LocalDate.of(2024, 8, 31), "event-2", LATER), LATER).orElseThrow();

        assertThat(again.deadline().date()).isEqualTo("2024-08-31");
        assertThat(again.lastAnswerEventId()).isEqualTo("event-2");
        assertThat(again.status()).isEqualTo(CommitmentStatus.IN_PROGRESS);
        assertThat(again.review()).isEqualTo(ReviewState.CONFIRMED);
        assertThat(again.version()).isEqualTo(2);
        assertThat(again.createdAt()).isEqualTo(FIRST);
        assertThat(again.updatedAt()).isEqualTo(LATER);
        assertThat(again.unpublishedChanges()).extracting(Change::kind).containsExactly(ChangeKind.RE_EXTRACTED);
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
    void aRejectedCommitmentIsNotTracked() {
        Commitment rejected = new Commitment(first.id(), first.source(), first.quote(), first.action(), first.strength(),
                first.confidence(), first.deadline(), first.status(), ReviewState.REJECTED, first.lastAnswerEventId(),
                true, false, 2, 1, first.history(), FIRST, LATER);

        assertThat(rejected.tracked()).isFalse();
        assertThat(rejected.publishPending()).isTrue();
        assertThat(rejected.unpublishedChanges()).isEmpty();
    }
}
