package org.commitmenttracker.commitments.store;

import static org.commitmenttracker.commitments.store.ChangeRefusedException.Reason.CONFLICT;
import static org.commitmenttracker.commitments.store.ChangeRefusedException.Reason.INVALID;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.commitmenttracker.events.ChangeKind;
import org.commitmenttracker.events.CommitmentSource;
import org.commitmenttracker.events.CommitmentStatus;
import org.commitmenttracker.events.Deadline;
import org.commitmenttracker.events.Evidence;
import org.commitmenttracker.events.FieldChange;
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
 * @param thread            the commitments of other answers linked to this one, earlier and later
 * @param suggestion        a status that later text suggests, until an editor changes the status; may be null
 */
public record Commitment(String id, CommitmentSource source, Quote quote, Finding found, Finding edited,
                         double confidence, CommitmentStatus status, ReviewState review, List<Evidence> evidence,
                         String missingMeasure, String lastAnswerEventId, boolean inLatestAnswer, boolean withdrawn,
                         long version, long publishedVersion, List<Change> history, List<ThreadLink> thread,
                         Suggestion suggestion, Instant createdAt, Instant updatedAt) {

    /** Who automatic changes are by. */
    public static final String SERVICE = "commitments-service";

    private static final Finding NOT_EDITED = new Finding(null, null, null);

    public Commitment {
        edited = edited == null ? NOT_EDITED : edited;
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        history = history == null ? List.of() : List.copyOf(history);
        thread = thread == null ? List.of() : List.copyOf(thread);
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

    /** Whether it is linked to the commitment with this id. */
    public boolean linkedTo(String otherId) {
        return thread.stream().anyMatch(link -> otherId.equals(link.commitmentId()));
    }

    /** Whether it is linked to that answer's text (a sentence, not a commitment, of it). */
    public boolean linkedToText(String answerId) {
        return thread.stream().anyMatch(link -> link.commitmentId() == null && answerId.equals(link.answerId()));
    }

    /** A commitment found for the first time, at version 1. */
    public static Commitment extracted(String id, CommitmentSource source, Quote quote, Finding found,
                                       double confidence, ReviewState review, String answerEventId, Instant now) {
        return new Commitment(id, source, quote, found, NOT_EDITED, confidence, CommitmentStatus.OPEN, review, List.of(),
                null, answerEventId, true, false, 1, 0,
                List.of(new Change(1, ChangeKind.EXTRACTED, SERVICE, now, null, List.of(), List.of(),
                        new Change.Extraction(source, quote, found, confidence, CommitmentStatus.OPEN))), List.of(), null,
                now, now);
    }

    /**
     * This commitment found again in (a version of) its answer, as {@code again} has it: what the engine found is
     * taken over; what staff recorded (their edits, status, review, evidence, links) is kept. Empty when nothing
     * changed, so that a redelivered answer event makes no new version.
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
        return Optional.of(next(ChangeKind.RE_EXTRACTED, SERVICE, now, null, fields, List.of(), d -> {
            d.source = again.source;
            d.quote = again.quote;
            d.found = again.found;
            d.confidence = again.confidence;
            d.lastAnswerEventId = again.lastAnswerEventId;
            d.inLatestAnswer = true;
            d.withdrawn = false;
        }));
    }

    /** A later version of its answer no longer carries it; empty if it was already so. */
    public Optional<Commitment> dropped(Instant now) {
        if (!inLatestAnswer) {
            return Optional.empty();
        }
        return Optional.of(next(ChangeKind.DROPPED, SERVICE, now, "a later version of the answer no longer carries it",
                List.of(new FieldChange("inLatestAnswer", "true", "false")), List.of(), d -> d.inLatestAnswer = false));
    }

    /** Its question was withdrawn; empty if it was already. */
    public Optional<Commitment> withdrawn(Instant now) {
        if (withdrawn) {
            return Optional.empty();
        }
        return Optional.of(next(ChangeKind.WITHDRAWN, SERVICE, now, "the question was withdrawn",
                List.of(new FieldChange("withdrawn", "false", "true")), List.of(), d -> {
                    d.inLatestAnswer = false;
                    d.withdrawn = true;
                }));
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
        return next(ChangeKind.REVIEWED, by, now, note, List.of(new FieldChange("review", text(review), text(decision))),
                List.of(), d -> d.review = decision);
    }

    /**
     * Staff's wording of the action, or their reading of its strength, in place of the engine's; a null leaves that
     * one as it is. The engine's own values stay in {@link #found}.
     *
     * @throws ChangeRefusedException if neither differs from what is tracked now
     */
    public Commitment edited(String action, Strength strength, String by, String note, Instant now) {
        Finding next = new Finding(action == null ? edited.action() : action.strip(),
                strength == null ? edited.strength() : strength, edited.deadline());
        String nextAction = next.action() != null ? next.action() : found.action();
        Strength nextStrength = next.strength() != null ? next.strength() : found.strength();
        List<FieldChange> fields = new ArrayList<>();
        compare(fields, "action", action(), nextAction);
        compare(fields, "strength", text(strength()), text(nextStrength));
        if (fields.isEmpty()) {
            throw new ChangeRefusedException(CONFLICT, action != null ? "action" : "strength",
                    "is what the commitment has already");
        }
        return next(ChangeKind.REVIEWED, by, now, note, fields, List.of(), d -> d.edited = next);
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
        return next(ChangeKind.DEADLINE_REVISED, by, now, note,
                List.of(new FieldChange("deadline", text(deadline()), text(deadline))), List.of(),
                d -> d.edited = new Finding(edited.action(), edited.strength(), deadline));
    }

    /**
     * A new status, by the rules of {@link Lifecycle}, with the evidence that shows it; a suggestion is settled by it.
     *
     * @throws ChangeRefusedException if the rules refuse it
     */
    public Commitment statusChanged(CommitmentStatus to, String by, String note, List<Evidence> newEvidence,
                                    String measure, Instant now) {
        List<Evidence> links = newEvidence == null ? List.of() : newEvidence;
        Lifecycle.check(status, to, review, note, links, measure);
        String missing = to == CommitmentStatus.NOT_MEASURABLE ? measure.strip() : null;
        List<FieldChange> fields = new ArrayList<>(List.of(new FieldChange("status", text(status), text(to))));
        compare(fields, "missingMeasure", missingMeasure, missing);
        return next(ChangeKind.STATUS_CHANGED, by, now, note, fields, links, d -> {
            d.status = to;
            d.evidence.addAll(links);
            d.missingMeasure = missing;
            d.suggestion = null;
        });
    }

    /**
     * Linked to a commitment of another answer in its thread, by an editor or by the service; with a suggestion when
     * the other's text reports this one done.
     *
     * @throws ChangeRefusedException if it is this commitment, or linked already
     */
    public Commitment linked(ThreadLink link, Suggestion suggested, String by, String note, Instant now) {
        if (id.equals(link.commitmentId())) {
            throw new ChangeRefusedException(CONFLICT, "commitmentId", "is this commitment itself");
        }
        if (link.commitmentId() != null ? linkedTo(link.commitmentId()) : linkedToText(link.answerId())) {
            throw new ChangeRefusedException(CONFLICT, "commitmentId", "is linked to this commitment already");
        }
        String target = link.commitmentId() != null ? link.commitmentId() : "answer " + link.answerId();
        List<FieldChange> fields = new ArrayList<>(List.of(new FieldChange("thread", null,
                (link.later() ? "later: " : "earlier: ") + target)));
        boolean suggest = suggested != null && status.isOutstanding();
        if (suggest) {
            fields.add(new FieldChange("suggestion", null, text(suggested.status())));
        }
        return next(ChangeKind.LINKED, by, now, note, fields, List.of(), d -> {
            d.thread.add(link);
            if (suggest) {
                d.suggestion = suggested;
            }
        });
    }

    /**
     * No longer linked to that commitment (or, for a link to an answer's text, that answer); a suggestion it made goes
     * with it.
     *
     * @throws ChangeRefusedException if it is not linked to it
     */
    public Commitment unlinked(String otherId, String by, String note, Instant now) {
        if (!linkedTo(otherId) && !linkedToText(otherId)) {
            throw new ChangeRefusedException(CONFLICT, "commitmentId", "is not linked to this commitment");
        }
        return next(ChangeKind.LINKED, by, now, note, List.of(new FieldChange("thread", otherId, null)), List.of(), d -> {
            d.thread.removeIf(link -> otherId.equals(link.commitmentId())
                    || link.commitmentId() == null && otherId.equals(link.answerId()));
            if (d.suggestion != null && (otherId.equals(d.suggestion.fromCommitmentId())
                    || d.suggestion.fromCommitmentId() == null && otherId.equals(d.suggestion.fromAnswerId()))) {
                d.suggestion = null;
            }
        });
    }

    /** The next version: a copy with {@code edit} applied, one more version, and the change in the history. */
    private Commitment next(ChangeKind kind, String by, Instant at, String note, List<FieldChange> fields,
                            List<Evidence> links, Consumer<Draft> edit) {
        Draft d = new Draft(this);
        edit.accept(d);
        List<Change> changes = new ArrayList<>(history);
        Change.Extraction extraction = kind == ChangeKind.RE_EXTRACTED
                ? new Change.Extraction(d.source, d.quote, d.found, d.confidence, d.status) : null;
        changes.add(new Change(version + 1, kind, by, at, Lifecycle.blank(note) ? null : note.strip(), fields, links,
                extraction));
        return new Commitment(id, d.source, d.quote, d.found, d.edited, d.confidence, d.status, d.review, d.evidence,
                d.missingMeasure, d.lastAnswerEventId, d.inLatestAnswer, d.withdrawn, version + 1, publishedVersion,
                changes, d.thread, d.suggestion, createdAt, at);
    }

    /** What a change may change, copied from the commitment it starts from. */
    private static final class Draft {
        CommitmentSource source;
        Quote quote;
        Finding found;
        Finding edited;
        double confidence;
        CommitmentStatus status;
        ReviewState review;
        final List<Evidence> evidence;
        String missingMeasure;
        String lastAnswerEventId;
        boolean inLatestAnswer;
        boolean withdrawn;
        final List<ThreadLink> thread;
        Suggestion suggestion;

        Draft(Commitment c) {
            source = c.source;
            quote = c.quote;
            found = c.found;
            edited = c.edited;
            confidence = c.confidence;
            status = c.status;
            review = c.review;
            evidence = new ArrayList<>(c.evidence);
            missingMeasure = c.missingMeasure;
            lastAnswerEventId = c.lastAnswerEventId;
            inLatestAnswer = c.inLatestAnswer;
            withdrawn = c.withdrawn;
            thread = new ArrayList<>(c.thread);
            suggestion = c.suggestion;
        }
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
            return e.name().toLowerCase(Locale.ROOT);
        }
        if (value instanceof Deadline d) {
            return d.date() == null ? d.text() : d.date() + (d.text() == null ? "" : " (" + d.text() + ")");
        }
        return value.toString();
    }
}
