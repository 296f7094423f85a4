package org.commitmenttracker.commitments.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures of ../shared/tools/score-extraction, in Java, with its matching rules: a prediction matches a labelled
 * commitment when their spans in the whitespace-folded answer overlap by at least half of the shorter; pairs are taken
 * greedily by overlap plus the similarity of their action words. Predictions at or above the review threshold count
 * as accepted without review. The callers pass only explicit deadlines ({@link ExtractionTraining#predicted}), as
 * score-extraction counts them; the scorer's two file-level figures (unlocatable predictions, answers without a
 * prediction line) have no meaning here, and {@code action_similarity} is added.
 */
public final class ExtractionScore {

    /**
     * A labelled or predicted commitment.
     *
     * @param deadline   the ISO date of an explicit deadline, else null
     * @param confidence for predictions, the engine's confidence; 1 for labels
     */
    public record Commitment(String text, String action, String strength, String deadline, double confidence) {
    }

    private final double threshold;
    private int items;
    private int gold;
    private int predicted;
    private int matched;
    private int goldFirm;
    private int predictedFirm;
    private int matchedFirm;
    private int strengthOk;
    private int deadlineOk;
    private int dated;
    private int datedOk;
    private int negatives;
    private int negativesClean;
    private int accepted;
    private int matchedAccepted;
    private double actionSimilarity;

    public ExtractionScore(double threshold) {
        this.threshold = threshold;
    }

    /** Scores the predictions for one answer. */
    public void add(String answer, List<Commitment> goldCommitments, List<Commitment> predictions) {
        items++;
        List<int[]> pairs = match(answer, goldCommitments, predictions);
        gold += goldCommitments.size();
        predicted += predictions.size();
        matched += pairs.size();
        List<Commitment> firmGold = goldCommitments.stream().filter(c -> c.strength().equals("firm")).toList();
        List<Commitment> firmPredicted = predictions.stream().filter(c -> c.strength().equals("firm")).toList();
        goldFirm += firmGold.size();
        predictedFirm += firmPredicted.size();
        matchedFirm += match(answer, firmGold, firmPredicted).size();
        List<Commitment> acceptedPredictions = predictions.stream().filter(c -> c.confidence() >= threshold).toList();
        accepted += acceptedPredictions.size();
        matchedAccepted += match(answer, goldCommitments, acceptedPredictions).size();
        for (int[] pair : pairs) {
            Commitment g = goldCommitments.get(pair[0]);
            Commitment p = predictions.get(pair[1]);
            strengthOk += g.strength().equals(p.strength()) ? 1 : 0;
            deadlineOk += java.util.Objects.equals(g.deadline(), p.deadline()) ? 1 : 0;
            if (g.deadline() != null) {
                dated++;
                datedOk += g.deadline().equals(p.deadline()) ? 1 : 0;
            }
            actionSimilarity += similarity(g.action(), p.action());
        }
        if (goldCommitments.isEmpty()) {
            negatives++;
            negativesClean += predictions.isEmpty() ? 1 : 0;
        }
    }

    public double precision() {
        return ratio(matched, predicted);
    }

    public double recall() {
        return ratio(matched, gold);
    }

    public double f1() {
        return f1(precision(), recall());
    }

    public double firmF1() {
        return f1(ratio(matchedFirm, predictedFirm), ratio(matchedFirm, goldFirm));
    }

    public double strengthAccuracy() {
        return ratio(strengthOk, matched);
    }

    public double datedDeadlineAccuracy() {
        return ratio(datedOk, dated);
    }

    public double negativesClean() {
        return ratio(negativesClean, negatives);
    }

    public double acceptedPrecision() {
        return ratio(matchedAccepted, accepted);
    }

    public double acceptedRecall() {
        return ratio(matchedAccepted, gold);
    }

    public double reviewShare() {
        return ratio(predicted - accepted, predicted);
    }

    /** The mean word overlap (Jaccard) of matched actions with the labelled ones. */
    public double actionSimilarity() {
        return matched == 0 ? 0 : actionSimilarity / matched;
    }

    /** Every figure, named as score-extraction names them. */
    public Map<String, Object> figures() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("items", items);
        f.put("gold", gold);
        f.put("predicted", predicted);
        f.put("matched", matched);
        f.put("precision", round(precision()));
        f.put("recall", round(recall()));
        f.put("f1", round(f1()));
        f.put("firm_precision", round(ratio(matchedFirm, predictedFirm)));
        f.put("firm_recall", round(ratio(matchedFirm, goldFirm)));
        f.put("firm_f1", round(firmF1()));
        f.put("strength_accuracy", round(strengthAccuracy()));
        f.put("deadline_accuracy", round(ratio(deadlineOk, matched)));
        f.put("dated_deadline_accuracy", round(datedDeadlineAccuracy()));
        f.put("negatives_clean", round(negativesClean()));
        f.put("review_threshold", threshold);
        f.put("accepted_precision", round(acceptedPrecision()));
        f.put("accepted_recall", round(acceptedRecall()));
        f.put("review_share", round(reviewShare()));
        f.put("action_similarity", round(actionSimilarity()));
        return f;
    }

    @Override
    public String toString() {
        return ("f1=%.4f (p=%.4f r=%.4f) firm_f1=%.4f strength=%.4f dated_deadline=%.4f negatives_clean=%.4f"
                + " accepted_precision=%.4f (threshold %.2f, review share %.3f)").formatted(f1(), precision(), recall(),
                firmF1(), strengthAccuracy(), datedDeadlineAccuracy(), negativesClean(), acceptedPrecision(), threshold,
                reviewShare());
    }

    /** Pairs of indexes {gold, prediction}, greedily by overlap and action similarity, as score-extraction pairs them. */
    static List<int[]> match(String answer, List<Commitment> gold, List<Commitment> predictions) {
        record Pair(double score, int g, int p) {
        }
        String folded = norm(answer);
        List<Pair> pairs = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            int[] gs = locate(gold.get(g).text(), folded);
            for (int p = 0; p < predictions.size(); p++) {
                int[] ps = locate(predictions.get(p).text(), folded);
                if (gs == null || ps == null) {
                    continue;
                }
                int overlap = Math.min(gs[1], ps[1]) - Math.max(gs[0], ps[0]);
                int shorter = Math.min(gs[1] - gs[0], ps[1] - ps[0]);
                if (shorter > 0 && (double) overlap / shorter >= 0.5) {
                    pairs.add(new Pair((double) overlap / shorter + similarity(gold.get(g).action(),
                            predictions.get(p).action() != null ? predictions.get(p).action() : predictions.get(p).text()), g, p));
                }
            }
        }
        // score-extraction sorts (score, gold, prediction) tuples in reverse: ties go to the later gold, then the later
        // prediction
        pairs.sort(Comparator.comparingDouble(Pair::score).thenComparingInt(Pair::g).thenComparingInt(Pair::p).reversed());
        Set<Integer> usedGold = new HashSet<>();
        Set<Integer> usedPredictions = new HashSet<>();
        List<int[]> matched = new ArrayList<>();
        for (Pair c : pairs) {
            if (!usedGold.contains(c.g()) && !usedPredictions.contains(c.p())) {
                usedGold.add(c.g());
                usedPredictions.add(c.p());
                matched.add(new int[] {c.g(), c.p()});
            }
        }
        return matched;
    }

    /** The span of {@code text} in the whitespace-folded answer, or null. */
    static int[] locate(String text, String foldedAnswer) {
        String t = norm(text);
        if (t.isEmpty()) {
            return null;
        }
        int i = foldedAnswer.indexOf(t);
        if (i < 0) {
            i = foldedAnswer.toLowerCase(Locale.ROOT).indexOf(t.toLowerCase(Locale.ROOT));
        }
        return i < 0 ? null : new int[] {i, i + t.length()};
    }

    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "to", "and", "for", "on", "in", "by", "with");
    private static final Pattern WORD = Pattern.compile("[a-z0-9]+");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    /** The Jaccard similarity of two actions' words, stop words left out. */
    static double similarity(String a, String b) {
        Set<String> x = words(a);
        Set<String> y = words(b);
        Set<String> union = new HashSet<>(x);
        union.addAll(y);
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        return union.isEmpty() ? 0 : (double) both.size() / union.size();
    }

    private static Set<String> words(String s) {
        Set<String> words = new HashSet<>();
        Matcher m = WORD.matcher(s == null ? "" : s.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        words.removeAll(STOP);
        return words;
    }

    static String norm(String s) {
        return s == null ? "" : SPACE.matcher(s).replaceAll(" ").strip();
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double round(double x) {
        return Math.round(x * 10000) / 10000.0;
    }
}
