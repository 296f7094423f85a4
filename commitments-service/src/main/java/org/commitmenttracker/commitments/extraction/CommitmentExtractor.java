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
 * confidence (the model's probability that the candidate is a commitment);</li>
 * <li>{@link Actions}: the promised deed with its object, pronouns resolved.</li>
 * </ol>
 * The engine is deterministic: the same text and date give the same commitments.
 */
public final class CommitmentExtractor {

    /** Candidates the model gives at least this probability of being a commitment are reported. */
    public static final double DECISION_THRESHOLD = 0.5;

    private final CandidateFinder finder;
    private final CommitmentModel model;
    private final double threshold;

    public CommitmentExtractor(Analyser analyser, CommitmentModel model, DeadlineResolver deadlines) {
        this(analyser, model, deadlines, DECISION_THRESHOLD);
    }

    CommitmentExtractor(Analyser analyser, CommitmentModel model, DeadlineResolver deadlines, double threshold) {
        this.finder = new CandidateFinder(analyser, deadlines);
        this.model = model;
        this.threshold = threshold;
    }

    /** The English engine with the bundled model and the default implied-deadline policy. */
    public static CommitmentExtractor standard() {
        return new CommitmentExtractor(Analyser.english(), CommitmentModel.bundled(),
                new DeadlineResolver(ImpliedDeadlinePolicy.defaults()));
    }

    /** The commitments in an answer, in the order they appear. */
    public List<ExtractedCommitment> extract(PlainText text, LocalDate answered) {
        return extract(text, answered, false);
    }

    /** The commitments in an answer or, with {@code statement}, a written ministerial statement. */
    public List<ExtractedCommitment> extract(PlainText text, LocalDate answered, boolean statement) {
        return decide(finder.candidates(text, answered, statement), model, threshold);
    }

    /** The candidates the model takes for commitments, with its strength and confidence. */
    static List<ExtractedCommitment> decide(List<CandidateFinder.Found> candidates, CommitmentModel model, double threshold) {
        List<ExtractedCommitment> found = new ArrayList<>();
        int lastSentence = -1;
        int position = 0;
        for (CandidateFinder.Found candidate : candidates) {
            Decision decision = model.decide(candidate.features());
            if (decision.commitment() < threshold) {
                continue;
            }
            Sentences.Sentence where = candidate.sentence();
            if (where.start() != lastSentence) {
                lastSentence = where.start();
                position = 0;
            }
            found.add(new ExtractedCommitment(where.text(), where.start(), where.end(), position++, candidate.action(),
                    decision.firm() >= 0.5 ? Strength.FIRM : Strength.WEAK, Math.round(decision.commitment() * 1000) / 1000.0,
                    candidate.deadline()));
        }
        return found;
    }
}
