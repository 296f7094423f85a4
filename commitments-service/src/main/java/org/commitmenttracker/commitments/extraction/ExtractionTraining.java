package org.commitmenttracker.commitments.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import opennlp.tools.ml.model.Event;

/**
 * Training and cross-validation of the {@link CommitmentModel} on labelled answers.
 * <p>
 * Each answer's candidates are found exactly as in extraction and matched to its labelled commitments the way the
 * scorer matches predictions: a candidate is eligible for a label when its sentence overlaps the label's text by at
 * least half of the shorter, and eligible pairs are taken greedily by whether the candidate's cue and verb lie in the
 * label's text, then by the similarity of their action words (ties to the earlier candidate). A matched candidate is an example of its label's strength, every other candidate of
 * "none". Cross-validation splits by answer, so that no fold sees a sentence of an answer it is tested on.
 */
public final class ExtractionTraining {

    /** The folds and shuffling seed of the cross-validation bin/train-extraction and the tests run. */
    public static final int FOLDS = 5;
    public static final long SEED = 20261203L;

    /** A labelled commitment; {@code deadline} is the ISO date or null. */
    public record Label(String text, String action, String strength, String deadline) {
    }

    /** A labelled answer or statement. */
    public record LabelledAnswer(String id, String text, LocalDate answered, boolean statement, List<Label> labels) {
    }

    /** One fold's figures: how the model trained without its answers did on them. */
    public record Fold(int number, ExtractionScore score) {
    }

    /** A held-out prediction: the answer, and what the engine trained without it found. */
    public record Prediction(LabelledAnswer answer, List<ExtractedCommitment> commitments) {
    }

    /** The result of a cross-validation: per fold, and every held-out prediction. */
    public record CrossValidation(List<Fold> folds, List<Prediction> predictions, int labels, int labelsWithoutCandidate) {
    }

    /**
     * How many times an invented answer counts against a real one: the invented answers carry the labelling guide's
     * clarifications, which the older real labels predate (cross-validation on the real answers showed no loss at 3).
     */
    static final int SUPPLEMENTARY_WEIGHT = 3;

    private final CandidateFinder finder;

    public ExtractionTraining(Analyser analyser) {
        this.finder = new CandidateFinder(analyser, new DeadlineResolver(ImpliedDeadlinePolicy.defaults()));
    }

    /** An answer's candidates with the outcome each should have. */
    record Prepared(LabelledAnswer answer, List<CandidateFinder.Found> found, List<String> outcomes,
                    List<Label> unmatched) {
    }

    /** Trains the model on real answers and invented ones, each invented one counting {@link #SUPPLEMENTARY_WEIGHT} times. */
    public CommitmentModel train(List<LabelledAnswer> answers, List<LabelledAnswer> supplementary, CommitmentModel.Settings settings) {
        List<Prepared> prepared = new ArrayList<>(prepare(answers));
        prepared.addAll(weighted(prepare(supplementary)));
        return trainOn(prepared, settings);
    }

    static CommitmentModel trainOn(List<Prepared> prepared, CommitmentModel.Settings settings) {
        List<Event> decisions = new ArrayList<>();
        List<Event> strengths = new ArrayList<>();
        for (Prepared p : prepared) {
            for (int i = 0; i < p.found().size(); i++) {
                List<String> features = p.found().get(i).features();
                String outcome = p.outcomes().get(i);
                decisions.add(new Event(outcome.equals("none") ? "none" : "commitment",
                        CommitmentModel.forDecision(features).toArray(String[]::new)));
                if (!outcome.equals("none")) {
                    strengths.add(new Event(outcome, CommitmentModel.forStrength(features).toArray(String[]::new)));
                }
            }
        }
        return CommitmentModel.train(decisions, strengths, settings);
    }

    /** The invented answers as they count in training: each {@link #SUPPLEMENTARY_WEIGHT} times. */
    static List<Prepared> weighted(List<Prepared> supplementary) {
        List<Prepared> weighted = new ArrayList<>();
        for (int i = 0; i < SUPPLEMENTARY_WEIGHT; i++) {
            weighted.addAll(supplementary);
        }
        return weighted;
    }

    /**
     * The answers in the order a cross-validation deals them round its folds (the i-th to fold i mod k): ordered by id,
     * then shuffled with {@code seed}.
     */
    static List<Prepared> shuffled(List<Prepared> answers, long seed) {
        List<Prepared> shuffled = new ArrayList<>(answers);
        shuffled.sort(Comparator.comparing(p -> p.answer().id()));
        Collections.shuffle(shuffled, new Random(seed));
        return shuffled;
    }

    /**
     * K-fold cross-validation split by answer ({@link #shuffled}), with {@code supplementary} answers added to every fold's
     * training set, never to a test fold: invented examples may teach, but only real answers measure. Each fold is
     * predicted by a model trained on the others and scored at {@code reviewThreshold}.
     */
    public CrossValidation crossValidate(List<LabelledAnswer> answers, List<LabelledAnswer> supplementary, int folds, long seed,
                                         CommitmentModel.Settings settings, double decisionThreshold, double reviewThreshold) {
        List<Prepared> extra = weighted(prepare(supplementary));
        List<Prepared> prepared = shuffled(prepare(answers), seed);
        List<Fold> results = new ArrayList<>();
        List<Prediction> predictions = new ArrayList<>();
        for (int fold = 0; fold < folds; fold++) {
            List<Prepared> training = new ArrayList<>(extra);
            List<Prepared> testing = new ArrayList<>();
            for (int i = 0; i < prepared.size(); i++) {
                (i % folds == fold ? testing : training).add(prepared.get(i));
            }
            CommitmentModel model = trainOn(training, settings);
            ExtractionScore score = new ExtractionScore(reviewThreshold);
            for (Prepared p : testing) {
                List<ExtractedCommitment> found = CommitmentExtractor.decide(p.found(), model, decisionThreshold);
                predictions.add(new Prediction(p.answer(), found));
                score(score, p.answer(), found);
            }
            results.add(new Fold(fold + 1, score));
        }
        int labels = prepared.stream().mapToInt(p -> p.answer().labels().size()).sum();
        int unmatched = prepared.stream().mapToInt(p -> p.unmatched().size()).sum();
        return new CrossValidation(results, predictions, labels, unmatched);
    }

    /** Scores predictions for labelled answers. */
    public static ExtractionScore score(List<Prediction> predictions, double reviewThreshold) {
        ExtractionScore score = new ExtractionScore(reviewThreshold);
        for (Prediction p : predictions) {
            score(score, p.answer(), p.commitments());
        }
        return score;
    }

    private static void score(ExtractionScore score, LabelledAnswer answer, List<ExtractedCommitment> found) {
        List<ExtractionScore.Commitment> gold = answer.labels().stream()
                .map(l -> new ExtractionScore.Commitment(l.text(), l.action(), l.strength(), l.deadline(), 1.0))
                .toList();
        score.add(answer.text(), gold, predicted(found));
    }

    /** Predictions in the scorer's terms: only explicit deadlines count. */
    public static List<ExtractionScore.Commitment> predicted(List<ExtractedCommitment> found) {
        return found.stream()
                .map(c -> new ExtractionScore.Commitment(c.quote(), c.action(), c.strength().name().toLowerCase(Locale.ROOT),
                        c.deadline().kind() == FoundDeadline.Kind.EXPLICIT ? c.deadline().date().toString() : null,
                        c.confidence()))
                .toList();
    }

    List<Prepared> prepare(List<LabelledAnswer> answers) {
        List<Prepared> prepared = new ArrayList<>();
        for (LabelledAnswer answer : answers) {
            List<CandidateFinder.Found> found = finder.candidates(PlainText.of(answer.text()), answer.answered(), answer.statement());
            prepared.add(label(answer, found));
        }
        return prepared;
    }

    /**
     * How far a candidate's cue and verb lie in a label's text: a label that quotes one clause of a sentence ("we are
     * committed to introducing the legislation", of "Whilst we will not be taking forward legislation, we are
     * committed to ...") belongs to the candidate of that clause, whatever the words of the actions share.
     */
    private static double within(Label label, CandidateFinder.Found candidate) {
        String text = ExtractionScore.norm(label.text());
        String sentence = ExtractionScore.norm(candidate.sentence().text());
        if (text.length() >= sentence.length() || !sentence.contains(text)) {
            return 0;
        }
        int from = sentence.indexOf(text);
        int cue = ExtractionScore.norm(candidate.sentence().text().substring(0, candidate.cueStart())).length();
        int verb = ExtractionScore.norm(candidate.sentence().text().substring(0, candidate.headStart())).length();
        return (cue >= from && cue < from + text.length() ? 1 : 0) + (verb >= from && verb < from + text.length() ? 1 : 0);
    }

    /** Matches labels to candidates: sentence overlap, then the label's clause, then action similarity, greedily. */
    private static Prepared label(LabelledAnswer answer, List<CandidateFinder.Found> found) {
        String folded = ExtractionScore.norm(answer.text());
        record Pair(double similarity, int label, int candidate) {
        }
        List<int[]> candidateSpans = found.stream().map(f -> ExtractionScore.locate(f.sentence().text(), folded)).toList();
        List<Pair> pairs = new ArrayList<>();
        for (int l = 0; l < answer.labels().size(); l++) {
            int[] labelSpan = ExtractionScore.locate(answer.labels().get(l).text(), folded);
            for (int c = 0; c < found.size(); c++) {
                int[] candidateSpan = candidateSpans.get(c);
                if (labelSpan == null || candidateSpan == null) {
                    continue;
                }
                int overlap = Math.min(labelSpan[1], candidateSpan[1]) - Math.max(labelSpan[0], candidateSpan[0]);
                int shorter = Math.min(labelSpan[1] - labelSpan[0], candidateSpan[1] - candidateSpan[0]);
                if (shorter > 0 && (double) overlap / shorter >= 0.5) {
                    Label label = answer.labels().get(l);
                    pairs.add(new Pair(within(label, found.get(c)) + ExtractionScore.similarity(label.action(), found.get(c).action()), l, c));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::similarity).reversed().thenComparingInt(Pair::candidate));
        List<String> outcomes = new ArrayList<>(Collections.nCopies(found.size(), "none"));
        boolean[] labelUsed = new boolean[answer.labels().size()];
        boolean[] candidateUsed = new boolean[found.size()];
        for (Pair p : pairs) {
            if (!labelUsed[p.label()] && !candidateUsed[p.candidate()]) {
                labelUsed[p.label()] = true;
                candidateUsed[p.candidate()] = true;
                outcomes.set(p.candidate(), answer.labels().get(p.label()).strength());
            }
        }
        List<Label> unmatched = new ArrayList<>();
        for (int l = 0; l < labelUsed.length; l++) {
            if (!labelUsed[l]) {
                unmatched.add(answer.labels().get(l));
            }
        }
        return new Prepared(answer, found, outcomes, unmatched);
    }
}
