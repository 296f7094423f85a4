package org.commitmenttracker.commitments.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matching rules of ../shared/tools/score-extraction, in Java: a prediction matches a labelled commitment when
 * their spans in the whitespace-folded answer overlap by at least half of the shorter; pairs are taken greedily by
 * overlap plus the similarity of their action words; an implied deadline counts as none.
 */
final class ExtractionScore {

    record Commitment(String text, String action, String strength, String deadline) {
    }

    private int gold;
    private int predicted;
    private int matched;
    private int goldFirm;
    private int predictedFirm;
    private int matchedFirm;
    private int strengthOk;
    private int dated;
    private int datedOk;
    private int negatives;
    private int negativesClean;

    void add(String answer, List<Commitment> goldCommitments, List<Commitment> predictions) {
        List<int[]> pairs = match(answer, goldCommitments, predictions);
        gold += goldCommitments.size();
        predicted += predictions.size();
        matched += pairs.size();
        List<Commitment> firmGold = goldCommitments.stream().filter(c -> c.strength().equals("firm")).toList();
        List<Commitment> firmPredicted = predictions.stream().filter(c -> c.strength().equals("firm")).toList();
        goldFirm += firmGold.size();
        predictedFirm += firmPredicted.size();
        matchedFirm += match(answer, firmGold, firmPredicted).size();
        for (int[] pair : pairs) {
            Commitment g = goldCommitments.get(pair[0]);
            Commitment p = predictions.get(pair[1]);
            strengthOk += g.strength().equals(p.strength()) ? 1 : 0;
            if (g.deadline() != null) {
                dated++;
                datedOk += g.deadline().equals(p.deadline()) ? 1 : 0;
            }
        }
        if (goldCommitments.isEmpty()) {
            negatives++;
            negativesClean += predictions.isEmpty() ? 1 : 0;
        }
    }

    double precision() {
        return ratio(matched, predicted);
    }

    double recall() {
        return ratio(matched, gold);
    }

    double f1() {
        return f1(precision(), recall());
    }

    double firmF1() {
        return f1(ratio(matchedFirm, predictedFirm), ratio(matchedFirm, goldFirm));
    }

    double strengthAccuracy() {
        return ratio(strengthOk, matched);
    }

    double datedDeadlineAccuracy() {
        return ratio(datedOk, dated);
    }

    double negativesClean() {
        return ratio(negativesClean, negatives);
    }

    @Override
    public String toString() {
        return "f1=%.4f (p=%.4f r=%.4f) firm_f1=%.4f strength=%.4f dated_deadline=%.4f negatives_clean=%.4f".formatted(
                f1(), precision(), recall(), firmF1(), strengthAccuracy(), datedDeadlineAccuracy(), negativesClean());
    }

    private static List<int[]> match(String answer, List<Commitment> gold, List<Commitment> predictions) {
        record Candidate(double score, int g, int p) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            int[] gs = locate(gold.get(g).text(), answer);
            for (int p = 0; p < predictions.size(); p++) {
                int[] ps = locate(predictions.get(p).text(), answer);
                if (gs == null || ps == null) {
                    continue;
                }
                int overlap = Math.min(gs[1], ps[1]) - Math.max(gs[0], ps[0]);
                int shorter = Math.min(gs[1] - gs[0], ps[1] - ps[0]);
                if (shorter > 0 && (double) overlap / shorter >= 0.5) {
                    candidates.add(new Candidate((double) overlap / shorter + similarity(gold.get(g), predictions.get(p)), g, p));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
        Set<Integer> usedGold = new HashSet<>();
        Set<Integer> usedPredictions = new HashSet<>();
        List<int[]> pairs = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!usedGold.contains(c.g()) && !usedPredictions.contains(c.p())) {
                usedGold.add(c.g());
                usedPredictions.add(c.p());
                pairs.add(new int[] {c.g(), c.p()});
            }
        }
        return pairs;
    }

    private static int[] locate(String text, String answer) {
        String t = norm(text);
        String a = norm(answer);
        if (t.isEmpty()) {
            return null;
        }
        int i = a.indexOf(t);
        if (i < 0) {
            i = a.toLowerCase(Locale.ROOT).indexOf(t.toLowerCase(Locale.ROOT));
        }
        return i < 0 ? null : new int[] {i, i + t.length()};
    }

    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "to", "and", "for", "on", "in", "by", "with");
    private static final Pattern WORD = Pattern.compile("[a-z0-9]+");

    private static double similarity(Commitment g, Commitment p) {
        Set<String> a = words(g.action());
        Set<String> b = words(p.action() != null ? p.action() : p.text());
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
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

    private static String norm(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
