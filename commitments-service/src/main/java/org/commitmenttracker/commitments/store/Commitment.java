package org.commitmenttracker.commitments.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.commitmenttracker.events.ChangeKind;
import org.commitmenttracker.events.CommitmentSource;
import org.commitmenttracker.events.CommitmentStatus;
import org.commitmenttracker.events.Deadline;
import org.commitmenttracker.events.OverdueRule;
import org.commitmenttracker.events.Quote;
import org.commitmenttracker.events.ReviewState;
import org.commitmenttracker.events.Strength;

/**
 * A tracked commitment as stored. Every change makes a new {@code version} and adds its {@link Change} to the
 * {@code history}; the methods here are the rules of what a change keeps, and are pure.
 *
 * @param review            staff's review: {@code unreviewed} (the engine was not sure enough), {@code accepted} (sure
 *                          enough to track unreviewed), {@code confirmed} or {@code rejected}
 * @param lastAnswerEventId the answer event that last changed what the engine found in it
 * @param inLatestAnswer    false once a later version of the answer no longer carries it
 * @param withdrawn         its question was withdrawn
 * @param version           1 when first stored, one more with every change
 * @param publishedVersion  the latest version whose events are known to be on Kafka (they are published after the
 *                          write; the versions after it are published again until they are)
 * @param history           every change, oldest first
 */
public record Commitment(String id, CommitmentSource source, Quote quote, String action, Strength strength,
                         double confidence, Deadline deadline, CommitmentStatus status, ReviewState review,
                         String lastAnswerEventId, boolean inLatestAnswer, boolean withdrawn, long version,
                         long publishedVersion, List<Change> history, Instant createdAt, Instant updatedAt) {

    /** Who automatic changes are by. */
    public static final String SERVICE = "commitments-service";

    public Commitment {
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** Whether it can fall due or go overdue at all; see {@link OverdueRule#isTracked}. */
    public boolean tracked() {
        return OverdueRule.isTracked(inLatestAnswer, withdrawn, review);
    }

    /** A commitment found for the first time, at version 1. */
    public static Commitment extracted(String id, CommitmentSource source, Quote quote, String action, Strength strength,
                                       double confidence, Deadline deadline, ReviewState review, String answerEventId,
                                       Instant now) {
        return new Commitment(id, source, quote, action, strength, confidence, deadline, CommitmentStatus.OPEN, review,
                answerEventId, true, false, 1, 0, List.of(new Change(1, ChangeKind.EXTRACTED, SERVICE, now, null)),
                now, now);
    }

    /**
     * This commitment found again in (a version of) its answer, as {@code found} has it: what the engine found is
     * taken over, what staff recorded (status, review) is kept. Empty when nothing changed, so that a redelivered
     * answer event makes no new version.
     */
    public Optional<Commitment> reExtracted(Commitment found, Instant now) {
        boolean same = inLatestAnswer && !withdrawn && Objects.equals(source, found.source)
                && Objects.equals(quote, found.quote) && Objects.equals(action, found.action)
                && strength == found.strength && confidence == found.confidence
                && Objects.equals(deadline, found.deadline);
        if (same) {
            return Optional.empty();
        }
        return Optional.of(new Commitment(id, found.source, found.quote, found.action, found.strength, found.confidence,
                found.deadline, status, review, found.lastAnswerEventId, true, false, version + 1, publishedVersion,
                append(new Change(version + 1, ChangeKind.RE_EXTRACTED, SERVICE, now, null)), createdAt, now));
    }

    /** A later version of its answer no longer carries it; empty if it was already so. */
    public Optional<Commitment> dropped(Instant now) {
        if (!inLatestAnswer) {
            return Optional.empty();
        }
        return Optional.of(new Commitment(id, source, quote, action, strength, confidence, deadline, status, review,
                lastAnswerEventId, false, withdrawn, version + 1, publishedVersion,
                append(new Change(version + 1, ChangeKind.DROPPED, SERVICE, now,
                        "a later version of the answer no longer carries it")), createdAt, now));
    }

    /** Its question was withdrawn; empty if it was already. */
    public Optional<Commitment> withdrawn(Instant now) {
        if (withdrawn) {
            return Optional.empty();
        }
        return Optional.of(new Commitment(id, source, quote, action, strength, confidence, deadline, status, review,
                lastAnswerEventId, false, true, version + 1, publishedVersion,
                append(new Change(version + 1, ChangeKind.WITHDRAWN, SERVICE, now, "the question was withdrawn")),
                createdAt, now));
    }

    /** Whether some of its versions' events may not be on Kafka yet. */
    public boolean publishPending() {
        return publishedVersion < version;
    }

    /** The changes whose events may not be on Kafka yet, oldest first. */
    public List<Change> unpublishedChanges() {
        return history.stream().filter(change -> change.version() > publishedVersion).toList();
    }

    private List<Change> append(Change change) {
        List<Change> changes = new ArrayList<>(history);
        changes.add(change);
        return changes;
    }
}
