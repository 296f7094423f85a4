package org.commitmenttracker.commitments.store;

import static org.commitmenttracker.commitments.store.ChangeRefusedException.Reason.CONFLICT;
import static org.commitmenttracker.commitments.store.ChangeRefusedException.Reason.INVALID;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.commitmenttracker.events.ChangeKind;
import org.commitmenttracker.events.Evidence;
import org.commitmenttracker.events.FieldChange;
import org.commitmenttracker.events.CommitmentSource;
import org.commitmenttracker.events.CommitmentStatus;
import org.commitmenttracker.events.Deadline;
import org.commitmenttracker.events.OverdueRule;
import org.commitmenttracker.events.Quote;
import org.commitmenttracker.events.ReviewState;
import org.commitmenttracker.events.Strength;

/**
 * A tracked commitment as stored. Every change makes a new {@code version} and adds its {@link Change} to the
 * {@code history}; the methods here are the rules of what a change keeps and when it is refused, and are pure.
 *
 * @param found             what the engine found, the last time it read the answer
 * @param edited            what staff set in place of the engine's action, strength or deadline (null fields: not
 *                          edited); kept when the answer is read again
 * @param confidence        the engine's confidence, 0 to 1
 * @param review            staff's review: {@code unreviewed} (the engine was not sure enough), {@code accepted} (sure
 *                          enough to track unreviewed), {@code confirmed} or {@code rejected}
 * @param evidence          every evidence link recorded with a status change, oldest first
 * @param missingMeasure    for {@code not_measurable}: the measure that is missing
 * @param lastAnswerEventId the answer event that last changed what the engine found in it
 * @param inLatestAnswer    false once a later version of the answer no longer carries it
 * @param withdrawn         its question was withdrawn
 * @param version           1 when first stored, one more with every change
 * @param publishedVersion  the latest version whose events are known to be on Kafka (they are published after the
 *                          write; the versions after it are published again until they are)
 * @param history           every change, oldest first
 */
public record Commitment(String id, CommitmentSource source, Quote quote, Finding found, Finding edited,
                         double confidence, CommitmentStatus status, ReviewState review, List<Evidence> evidence,
                         String missingMeasure, String lastAnswerEventId, boolean inLatestAnswer, boolean withdrawn,
                         long version, long publishedVersion, List<Change> history, Instant createdAt,
                         Instant updatedAt) {

    /** Who automatic changes are by. */
    public static final String SERVICE = "commitments-service";

    private static final Finding NOT_EDITED = new Finding(null, null, null);

    public Commitment {
        edited = edited == null ? NOT_EDITED : edited;
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** The action as tracked: staff's wording if they edited it, else the engine's. */
    public String action() {
        return edited.action() != null ? edited.action() : found.action();
    }

    public Strength strength() {
        return edited.strength() != null ? edited.strength() : found.strength();
    }

    /** The deadline as tracked: staff's revision if there is one, else the engine's. */
    public Deadline deadline() {
        return edited.deadline() != null ? edited.deadline() : found.deadline();
    }

    /** Whether it can fall due or go overdue at all; see {@link OverdueRule#isTracked}. */
    public boolean tracked() {
        return OverdueRule.isTracked(inLatestAnswer, withdrawn, review);
    }

    /** Whether some of its versions' events may not be on Kafka yet. */
    public boolean publishPending() {
        return publishedVersion < version;
    }

    /** The changes whose events may not be on Kafka yet, oldest first. */
    public List<Change> unpublishedChanges() {
        return history.stream().filter(change -> change.version() > publishedVersion).toList();
    }

    /** A commitment found for the first time, at version 1. */
    public static Commitment extracted(String id, CommitmentSource source, Quote quote, Finding found,
                                       double confidence, ReviewState review, String answerEventId, Instant now) {
        return new Commitment(id, source, quote, found, NOT_EDITED, confidence, CommitmentStatus.OPEN, review, List.of(),
                null, answerEventId, true, false, 1, 0,
                List.of(new Change(1, ChangeKind.EXTRACTED, SERVICE, now, null, List.of(), List.of())), now, now);
    }

    /**
     * This commitment found again in (a version of) its answer, as {@code again} has it: what the engine found is
     * taken over; what staff recorded (their edits, status, review, evidence) is kept. Empty when nothing changed, so
     * that a redelivered answer event makes no new version.
     */
    public Optional<Commitment> reExtracted(Commitment again, Instant now) {
        boolean same = inLatestAnswer && !withdrawn && Objects.equals(source, again.source)
                && Objects.equals(quote, again.quote) && Objects.equals(found, again.found)
                && confidence == again.confidence;
        if (same) {
            return Optional.empty();
        }
        List<FieldChange> fields = new ArrayList<>();
        compare(fields, "engine.action", found.action(), again.found.action());
        compare(fields, "engine.strength", text(found.strength()), text(again.found.strength()));
        compare(fields, "engine.deadline", text(found.deadline()), text(again.found.deadline()));
        compare(fields, "inLatestAnswer", String.valueOf(inLatestAnswer), "true");
        return Optional.of(new Commitment(id, again.source, again.quote, again.found, edited, again.confidence, status,
                review, evidence, missingMeasure, again.lastAnswerEventId, true, false, version + 1, publishedVersion,
                append(ChangeKind.RE_EXTRACTED, SERVICE, now, null, fields, List.of()), createdAt, now));
    }

    /** A later version of its answer no longer carries it; empty if it was already so. */
    public Optional<Commitment> dropped(Instant now) {
        if (!inLatestAnswer) {
            return Optional.empty();
        }
        return Optional.of(new Commitment(id, source, quote, found, edited, confidence, status, review, evidence,
                missingMeasure, lastAnswerEventId, false, withdrawn, version + 1, publishedVersion,
                append(ChangeKind.DROPPED, SERVICE, now, "a later version of the answer no longer carries it",
                        List.of(new FieldChange("inLatestAnswer", "true", "false")), List.of()), createdAt, now));
    }

    /** Its question was withdrawn; empty if it was already. */
    public Optional<Commitment> withdrawn(Instant now) {
        if (withdrawn) {
            return Optional.empty();
        }
        return Optional.of(new Commitment(id, source, quote, found, edited, confidence, status, review, evidence,
                missingMeasure, lastAnswerEventId, false, true, version + 1, publishedVersion,
                append(ChangeKind.WITHDRAWN, SERVICE, now, "the question was withdrawn",
                        List.of(new FieldChange("withdrawn", "false", "true")), List.of()), createdAt, now));
    }

    /**
     * Staff's review: {@code confirmed} or {@code rejected}. Rejecting needs a reason, in {@code note}.
     *
     * @throws ChangeRefusedException if it is in that state already, or a rejection has no reason
     */
    public Commitment reviewed(ReviewState decision, String by, String note, Instant now) {
        if (decision != ReviewState.CONFIRMED && decision != ReviewState.REJECTED) {
            throw new ChangeRefusedException(INVALID, "decision", "must be confirmed or rejected");
        }
        if (decision == review) {
            throw new ChangeRefusedException(CONFLICT, "decision", "the commitment is " + text(review) + " already");
        }
        if (decision == ReviewState.REJECTED && Lifecycle.blank(note)) {
            throw new ChangeRefusedException(INVALID, "note", "must give the reason for rejecting it");
        }
        return new Commitment(id, source, quote, found, edited, confidence, status, decision, evidence, missingMeasure,
                lastAnswerEventId, inLatestAnswer, withdrawn, version + 1, publishedVersion,
                append(ChangeKind.REVIEWED, by, now, note, List.of(new FieldChange("review", text(review), text(decision))),
                        List.of()), createdAt, now);
    }

    /**
     * Staff's wording of the action, or their reading of its strength, in place of the engine's; a null leaves that
     * one as it is. The engine's own values stay in {@link #found}.
     *
     * @throws ChangeRefusedException if neither differs from what is tracked now
     */
    public Commitment edited(String action, Strength strength, String by, String note, Instant now) {
        List<FieldChange> fields = new ArrayList<>();
        String newAction = action == null ? edited.action() : action.strip();
        Strength newStrength = strength == null ? edited.strength() : strength;
        Finding next = new Finding(newAction, newStrength, edited.deadline());
        Commitment after = new Commitment(id, source, quote, found, next, confidence, status, review, evidence,
                missingMeasure, lastAnswerEventId, inLatestAnswer, withdrawn, version + 1, publishedVersion, history,
                createdAt, now);
        compare(fields, "action", action(), after.action());
        compare(fields, "strength", text(strength()), text(after.strength()));
        if (fields.isEmpty()) {
            throw new ChangeRefusedException(CONFLICT, action != null ? "action" : "strength",
                    "is what the commitment has already");
        }
        return withHistory(after, append(ChangeKind.REVIEWED, by, now, note, fields, List.of()));
    }

    /**
     * A revised deadline, in place of the engine's (or an earlier revision); the history keeps each one.
     *
     * @throws ChangeRefusedException if it is the deadline it has already
     */
    public Commitment deadlineRevised(Deadline deadline, String by, String note, Instant now) {
        if (Objects.equals(deadline, deadline())) {
            throw new ChangeRefusedException(CONFLICT, "deadline", "is the deadline the commitment has already");
        }
        Commitment after = new Commitment(id, source, quote, found,
                new Finding(edited.action(), edited.strength(), deadline), confidence, status, review, evidence,
                missingMeasure, lastAnswerEventId, inLatestAnswer, withdrawn, version + 1, publishedVersion, history,
                createdAt, now);
        return withHistory(after, append(ChangeKind.DEADLINE_REVISED, by, now, note,
                List.of(new FieldChange("deadline", text(deadline()), text(deadline))), List.of()));
    }

    /**
     * A new status, by the rules of {@link Lifecycle}, with the evidence that shows it.
     *
     * @throws ChangeRefusedException if the rules refuse it
     */
    public Commitment statusChanged(CommitmentStatus to, String by, String note, List<Evidence> newEvidence,
                                    String measure, Instant now) {
        List<Evidence> links = newEvidence == null ? List.of() : newEvidence;
        Lifecycle.check(status, to, review, note, links, measure);
        List<Evidence> allEvidence = new ArrayList<>(evidence);
        allEvidence.addAll(links);
        String missing = to == CommitmentStatus.NOT_MEASURABLE ? measure.strip() : null;
        List<FieldChange> fields = new ArrayList<>(List.of(new FieldChange("status", text(status), text(to))));
        compare(fields, "missingMeasure", missingMeasure, missing);
        return new Commitment(id, source, quote, found, edited, confidence, to, review, allEvidence, missing,
                lastAnswerEventId, inLatestAnswer, withdrawn, version + 1, publishedVersion,
                append(ChangeKind.STATUS_CHANGED, by, now, note, fields, links), createdAt, now);
    }

    private List<Change> append(ChangeKind kind, String by, Instant at, String note, List<FieldChange> fields,
                                List<Evidence> links) {
        List<Change> changes = new ArrayList<>(history);
        changes.add(new Change(version + 1, kind, by, at, Lifecycle.blank(note) ? null : note.strip(), fields, links));
        return changes;
    }

    private static Commitment withHistory(Commitment c, List<Change> history) {
        return new Commitment(c.id, c.source, c.quote, c.found, c.edited, c.confidence, c.status, c.review, c.evidence,
                c.missingMeasure, c.lastAnswerEventId, c.inLatestAnswer, c.withdrawn, c.version, c.publishedVersion,
                history, c.createdAt, c.updatedAt);
    }

    private static void compare(List<FieldChange> fields, String field, String from, String to) {
        if (!Objects.equals(from, to)) {
            fields.add(new FieldChange(field, from, to));
        }
    }

    /** A value as the history shows it: enums as on the wire, a deadline as its date and words. */
    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Enum<?> e) {
            return e.name().toLowerCase(java.util.Locale.ROOT);
        }
        if (value instanceof Deadline d) {
            return d.date() == null ? (d.text() == null ? null : d.text())
                    : d.date() + (d.text() == null ? "" : " (" + d.text() + ")");
        }
        return value.toString();
    }
}
