package org.commitmenttracker.commitments.extraction;

import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.commitmenttracker.commitments.extraction.Analyser.Sentence;
import org.commitmenttracker.commitments.extraction.Candidates.Candidate;

/**
 * The stages before the decision: sentences, analysis, candidates, their deadlines, actions and features. Only the
 * sentences that hold a word a cue can start with are analysed, and the sentence before each of them (for what its
 * pronouns stand for). Training reads the same candidates as extraction, so
 * that the model learns from exactly what it will be shown.
 */
final class CandidateFinder {

    /**
     * A candidate, ready for the model.
     *
     * @param sentence  where it is in the plain text
     * @param features  what the model decides on
     * @param cueStart  where its cue starts in the sentence
     * @param headStart where its verb starts in the sentence
     */
    record Found(Sentences.Sentence sentence, Candidate candidate, List<String> features, String action,
                 FoundDeadline deadline, int cueStart, int headStart) {
    }

    private final Analyser analyser;
    private final DeadlineResolver deadlines;

    CandidateFinder(Analyser analyser, DeadlineResolver deadlines) {
        this.analyser = analyser;
        this.deadlines = deadlines;
    }

    /** Every candidate of a text with its features, action and deadline, in order. */
    List<Found> candidates(PlainText text, LocalDate answered, boolean statement) {
        List<Found> found = new ArrayList<>();
        BreakIterator breaks = Sentences.breakIterator();
        Boolean financialYears = null;
        boolean first = true;
        for (PlainText.Span paragraph : text.paragraphs()) {
            List<Sentences.Sentence> sentences = Sentences.of(text.text(), paragraph, breaks);
            Sentence previous = null;
            boolean governmentBefore = false;
            for (int i = 0; i < sentences.size(); i++) {
                Sentences.Sentence where = sentences.get(i);
                boolean opensAnswer = first;
                first = false;
                if (!Candidates.mayHoldCue(where.text().toLowerCase(Locale.ROOT))) {
                    previous = null;
                    continue;
                }
                Sentence sentence = analyser.analyse(where.text());
                List<Candidate> candidates = Candidates.in(sentence);
                if (!candidates.isEmpty()) {
                    if (financialYears == null) {
                        financialYears = TimeExpressions.countsInFinancialYears(text.text());
                    }
                    if (previous == null && i > 0) {
                        previous = analyser.analyse(sentences.get(i - 1).text());
                    }
                    add(found, where, sentence, candidates, new Deadlines(deadlines, sentence, answered, financialYears,
                            i > 0 ? sentences.get(0).text() : null, i > 0 ? sentences.get(i - 1).text() : null),
                            new Actions(sentence, previous), new Discourse(opensAnswer, statement, i == 0, governmentBefore));
                    governmentBefore = candidates.stream().anyMatch(CandidateFinder::government);
                } else {
                    governmentBefore = false;
                }
                previous = sentence;
            }
        }
        return found;
    }

    /** The cue of the candidate whose action holds this one's cue: "will set out proposals to close coal". */
    private static String enclosing(Candidate c, List<Candidate> candidates) {
        for (Candidate other : candidates) {
            if (other != c && other.encloses(c)) {
                return other.cue().name();
            }
        }
        return null;
    }

    private static boolean government(Candidate c) {
        return c.subject().subjectClass() == Candidates.SubjectClass.WE || c.subject().subjectClass() == Candidates.SubjectClass.GOVERNMENT;
    }

    /** Where a sentence stands in its text. */
    private record Discourse(boolean opensAnswer, boolean statement, boolean opensParagraph, boolean governmentBefore) {
    }

    private static void add(List<Found> found, Sentences.Sentence where, Sentence sentence, List<Candidate> candidates,
                            Deadlines timing, Actions actions, Discourse discourse) {
        boolean governmentHere = candidates.stream().anyMatch(CandidateFinder::government);
        boolean futureDate = timing.hasFutureDate();
        List<int[]> timeSpans = timing.spans();
        Candidates.SubjectClass mainSubject = Candidates.mainSubject(sentence);
        for (Candidate c : candidates) {
            Deadlines.Chosen chosen = timing.of(c, candidates);
            Features.Context context = new Features.Context(chosen.kind(), chosen.from(), discourse.opensAnswer(),
                    discourse.statement(), futureDate, actions.referentClass(c), enclosing(c, candidates),
                    candidates.size(), governmentHere && !government(c), discourse.governmentBefore(), discourse.opensParagraph(),
                    timeSpans, mainSubject);
            String deadlineText = chosen.expression() == null ? null : chosen.expression().text();
            found.add(new Found(where, c, Features.of(sentence, c, context), actions.of(c, deadlineText), chosen.deadline(),
                    sentence.get(c.cueFrom()).start(), sentence.get(c.head()).start()));
        }
    }
}
