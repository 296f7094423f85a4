package org.commitmenttracker.commitments.threads;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import org.commitmenttracker.commitments.store.Keywords;

/**
 * When two commitments are one thread, and when a later sentence reports one done. Pure.
 * <ul>
 * <li>Two actions are the same undertaking when their search terms (Lucene English stems) overlap by more than half
 * (Jaccard), two terms at least: "launch a consultation on electoral integrity" and "respond to the consultation on
 * electoral integrity" share three of five.</li>
 * <li>A sentence reports an action done when it has the action's verb in a past form ("published", "laid", "has been
 * launched") and most of its other terms, and no future or intention ("will", "plan to", ...).</li>
 * </ul>
 */
public final class ThreadRules {

    static final double SAME_UNDERTAKING = 0.5;
    static final double OBJECT_TERMS_MENTIONED = 0.6;

    private static final Pattern FUTURE = Pattern.compile(
            "\\b(will|shall|would|intends?|intention|plans?\\s+to|planning|expects?\\s+to|aims?\\s+to|going\\s+to|"
                    + "due\\s+to|hope|hopes)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("[a-z]+");

    private static final Map<String, List<String>> IRREGULAR = Map.ofEntries(
            Map.entry("lay", List.of("laid")), Map.entry("make", List.of("made")), Map.entry("set", List.of("set")),
            Map.entry("hold", List.of("held")), Map.entry("send", List.of("sent")), Map.entry("bring", List.of("brought")),
            Map.entry("begin", List.of("began", "begun")), Map.entry("write", List.of("wrote", "written")),
            Map.entry("give", List.of("gave", "given")), Map.entry("take", List.of("took", "taken")),
            Map.entry("meet", List.of("met")), Map.entry("build", List.of("built")), Map.entry("run", List.of("ran")),
            Map.entry("do", List.of("did", "done")), Map.entry("put", List.of("put")), Map.entry("keep", List.of("kept")),
            Map.entry("lead", List.of("led")), Map.entry("spend", List.of("spent")), Map.entry("pay", List.of("paid")),
            Map.entry("draw", List.of("drew", "drawn")), Map.entry("undertake", List.of("undertook", "undertaken")));

    private ThreadRules() {
    }

    /** How alike two actions are: the Jaccard overlap of their search terms, 0 when they share fewer than two. */
    public static double similarity(String action, String other) {
        Set<String> a = new HashSet<>(Keywords.of(action));
        Set<String> b = new HashSet<>(Keywords.of(other));
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        if (shared.size() < 2) {
            return 0;
        }
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return (double) shared.size() / all.size();
    }

    public static boolean sameUndertaking(String action, String other) {
        return similarity(action, other) > SAME_UNDERTAKING;
    }

    /** Whether {@code sentence} reports {@code action} done; see the class comment. */
    public static boolean reportsDone(String sentence, String action) {
        return sentence != null && reportOf(ReadText.of(List.of(sentence)), action).isPresent();
    }

    /** The first sentence of {@code text} that reports {@code action} done. */
    public static Optional<String> reportOf(ReadText text, String action) {
        if (action == null || action.isBlank()) {
            return Optional.empty();
        }
        String verb = action.strip().toLowerCase(Locale.ROOT).split("\\s+")[0];
        List<String> pastForms = pastForms(verb);
        List<String> objectTerms = Keywords.of(action.strip().substring(verb.length()));
        if (objectTerms.isEmpty()) {
            return Optional.empty();
        }
        for (ReadSentence sentence : text.sentences()) {
            if (pastForms.stream().anyMatch(sentence.words()::contains)) {
                long mentioned = objectTerms.stream().filter(sentence.terms()::contains).count();
                if (mentioned >= 1 && (double) mentioned / objectTerms.size() >= OBJECT_TERMS_MENTIONED) {
                    return Optional.of(sentence.text());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A later answer's sentences, read once for all the actions it may report done: those that speak of no future or
     * intention, each with its words and search terms.
     */
    public record ReadText(List<ReadSentence> sentences) {

        public static ReadText of(List<String> sentences) {
            return new ReadText(sentences.stream().filter(sentence -> !FUTURE.matcher(sentence).find())
                    .map(sentence -> new ReadSentence(sentence, Set.copyOf(WORD.matcher(sentence.toLowerCase(Locale.ROOT))
                            .results().map(MatchResult::group).toList()), Set.copyOf(Keywords.of(sentence))))
                    .toList());
        }
    }

    /** A sentence, its words in lower case and its search terms. */
    record ReadSentence(String text, Set<String> words, Set<String> terms) {
    }

    /** A verb's past tense and participle: the irregular ones listed, else the regular spellings. */
    static List<String> pastForms(String verb) {
        List<String> irregular = IRREGULAR.get(verb);
        if (irregular != null) {
            return irregular;
        }
        if (verb.endsWith("e")) {
            return List.of(verb + "d");
        }
        if (verb.endsWith("y") && verb.length() > 1 && "aeiou".indexOf(verb.charAt(verb.length() - 2)) < 0) {
            return List.of(verb.substring(0, verb.length() - 1) + "ied");
        }
        char last = verb.charAt(verb.length() - 1);
        return "bdglmnprt".indexOf(last) >= 0 ? List.of(verb + "ed", verb + last + "ed") : List.of(verb + "ed");
    }
}
