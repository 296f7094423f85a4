package org.commitmenttracker.commitments.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.commitmenttracker.commitments.extraction.CommitmentModel.Decision;
import org.commitmenttracker.events.Strength;

/**
 * Finds the commitments in an answer: statements in which the government, or someone speaking for it, undertakes a
 * future action that one could later check. In stages, each testable on its own:
 * <ol>
 * <li>{@link PlainText}: HTML to the text staff see, in paragraphs; {@link Sentences}: sentences, one line at a
 * time;</li>
 * <li>{@link Analyser}: tokens, part-of-speech tags and lemmas (Apache OpenNLP), for the sentences that hold a word
 * a cue could start with;</li>
 * <li>{@link Candidates}: every clause with a future or commissive reading, its cue, subject, action and coordinated
 * actions;</li>
 * <li>{@link Deadlines}: the time expression of each candidate's own clause, else one framing the sentence or the
 * paragraph, resolved by {@link DeadlineResolver};</li>
 * <li>{@link Features} and {@link CommitmentModel}: the trained decision, commitment or not, firm or weak, and the
 * confidence (the model's probability that the candidate is a commitment); then the guide's own strength rules
 * ({@link StrengthRules});</li>
 * <li>{@link Actions}: the promised deed with its object, pronouns resolved.</li>
 * </ol>
 * The engine is deterministic: the same text and date give the same commitments.
 */
public final class CommitmentExtractor {

    /**
     * Candidates the model gives at least this probability of being a commitment are reported. Below one half, because
     * staff review what the engine is less sure of and a commitment it never reports is never tracked: in
     * cross-validation f1 was the same at 0.3 and 0.35 and recall higher at 0.3, at the cost of answers without
     * commitments left clean (docs/extraction.md).
     */
    public static final double DECISION_THRESHOLD = 0.3;
    /** How much of the threshold a coordinated action needs once the first action of its cue is taken. */
    static final double COORDINATED_FACTOR = 0.6;
    /**
     * The confidence at or above which a commitment needs no review: a round figure at or above the lowest at which the
     * commitments accepted were right at least 95% of the time in each of three cross-validations with different seeds
     * (0.89, 0.88 and 0.89: docs/extraction.md).
     * commitments-service's default {@code commitments.review-threshold}.
     */
    public static final double REVIEW_THRESHOLD = 0.9;

    private final CandidateFinder finder;
    private final CommitmentModel model;

    public CommitmentExtractor(Analyser analyser, CommitmentModel model, DeadlineResolver deadlines) {
        this.finder = new CandidateFinder(analyser, deadlines);
        this.model = model;
    }

    /** The English engine with the bundled model and the default implied-deadline policy. */
    public static CommitmentExtractor standard() {
        return standard(new DeadlineResolver(ImpliedDeadlinePolicy.defaults()));
    }

    /** The English engine with the bundled model, resolving deadlines with {@code deadlines}. */
    public static CommitmentExtractor standard(DeadlineResolver deadlines) {
        return new CommitmentExtractor(Analyser.english(), CommitmentModel.bundled(), deadlines);
    }

    /** The commitments in an answer, in the order they appear. */
    public List<ExtractedCommitment> extract(PlainText text, LocalDate answered) {
        return extract(text, answered, false);
    }

    /** The commitments in an answer or, with {@code statement}, a written ministerial statement. */
    public List<ExtractedCommitment> extract(PlainText text, LocalDate answered, boolean statement) {
        return decide(finder.candidates(text, answered, statement), model, DECISION_THRESHOLD);
    }

    /**
     * The candidates the model takes for commitments, with its strength and confidence. A candidate whose cue lies
     * inside the action of another one taken ("will launch a consultation on proposals to close coal") is part of
     * that promise, not a second one.
     */
    static List<ExtractedCommitment> decide(List<CandidateFinder.Found> candidates, CommitmentModel model, double threshold) {
        List<ExtractedCommitment> found = new ArrayList<>();
        List<CandidateFinder.Found> taken = new ArrayList<>();
        int lastSentence = -1;
        int position = 0;
        for (CandidateFinder.Found candidate : candidates) {
            Decision decision = model.decide(candidate.features());
            // a coordinated action of a cue already taken needs less evidence of its own: "each coordinated promised
            // action is its own entry" (the labelling guide), so the first action's reading carries to the others
            boolean coordinated = candidate.candidate().conjunct() > 0 && taken.stream().anyMatch(t -> sameCue(t, candidate));
            double needed = coordinated ? threshold * COORDINATED_FACTOR : threshold;
            if (decision.commitment() < needed && !namedDeliverable(candidate) || taken.stream().anyMatch(t -> encloses(t, candidate))
                    || deniedIntention(candidate)) {
                continue;
            }
            Sentences.Sentence where = candidate.sentence();
            if (where.start() != lastSentence) {
                lastSentence = where.start();
                position = 0;
            }
            taken.add(candidate);
            found.add(new ExtractedCommitment(where.text(), where.start(), where.end(), position++, candidate.action(),
                    decision.firm() >= 0.5 && !StrengthRules.weak(candidate.features()) ? Strength.FIRM : Strength.WEAK,
                    Math.round(decision.commitment() * 1000) / 1000.0,
                    candidate.deadline()));
        }
        return found;
    }

    /**
     * "no plans to", "does not intend to", "is not committed to": an intention denied is no commitment (the labelling
     * guide), however the rest of the sentence reads. A denied future ("will not raise the duty") is left to the model.
     */
    private static boolean deniedIntention(CandidateFinder.Found candidate) {
        Candidates.Cue cue = candidate.candidate().cue();
        return candidate.candidate().negated() && (cue == Candidates.Cue.INTENTION || cue == Candidates.Cue.NOMINAL
                || cue == Candidates.Cue.COMMITTED);
    }

    /**
     * "We are now doubling the number of places, from 5,000 to 10,000": a present-tense programme that names its
     * deliverable is a commitment, the guide's clarification says, however rarely the labelled answers show one (none of
     * the 377 does), so it is reported, at the model's confidence, for staff to review.
     */
    private static boolean namedDeliverable(CandidateFinder.Found candidate) {
        return candidate.features().contains("namedOutcome&group=PRESENT");
    }

    private static boolean sameCue(CandidateFinder.Found first, CandidateFinder.Found other) {
        return first.sentence().start() == other.sentence().start() && first.candidate().cueFrom() == other.candidate().cueFrom();
    }

    private static boolean encloses(CandidateFinder.Found outer, CandidateFinder.Found inner) {
        return outer.sentence().start() == inner.sentence().start() && outer.candidate().encloses(inner.candidate());
    }
}
