package org.commitmenttracker.commitments.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Linguistic analysis of a sentence with Apache OpenNLP's English models (Universal Dependencies EWT, from Maven
 * Central): tokens with their offsets, universal part-of-speech tags and lemmas.
 * <p>
 * Corrections are made to what the models give, each for a reason a grammar gives (docs/extraction.md lists them).
 * Contractions the tokenizer keeps whole ("won't", "we'll", "Government's") are split into their parts, each with its
 * own tag and lemma, and a currency sign from its amount ("£3"); curly apostrophes are read as straight ones first, so
 * that "we’ll" splits too. A word right after a modal, or after "to" where a verb must come ("intends to consult"), is
 * a verb when its tag could be a tagger's mistake for one; so is a third-person verb of intention before "to" ("the
 * Department intends to") and a word after "and" or a comma that a determiner follows. A numeral is a number. And
 * lemmas are looked up one word and tag at a time rather than with the sentence as context: the result is the same in
 * all but about one word in a hundred (measured on the labelled answers), is ten times faster once cached, and does
 * not depend on what was analysed before; a regular inflection is checked against Lucene's Krovetz stem.
 * <p>
 * The models are loaded once; the taggers are not thread-safe, so each thread gets its own.
 */
public final class Analyser {

    private static final String TOKENIZER = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String TAGGER = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final String LEMMATIZER = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";
    private static final int LEMMA_CACHE_LIMIT = 200_000;
    /** "15,000", "2.5", "100": a numeral, whatever the tagger makes of it ("up to 15,000" came out as a verb). */
    private static final java.util.regex.Pattern NUMERAL = java.util.regex.Pattern.compile("\\d+(?:[,.]\\d+)*");
    private static final List<String> CLITICS = List.of("n't", "'ll", "'re", "'ve", "'s", "'d", "'m");
    private static final java.util.Set<String> MODALS = java.util.Set.of("will", "shall", "'ll", "wo", "would", "can",
            "could", "may", "might", "must", "should");
    private static final java.util.Set<String> NEGATION_OR_QUANTIFIER = java.util.Set.of("not", "n't", "never", "all",
            "both", "each", "also", "now", "then", "still", "soon", "only", "jointly");
    private static final java.util.Set<String> NOT_VERBS = java.util.Set.of("the", "a", "an", "this", "that", "these",
            "those", "his", "her", "its", "their", "our", "my", "your", "no", "any", "some", "every", "such", "more", "most",
            "further", "which", "who", "what", "whom", "it", "them", "us", "you", "date", "and", "or", "but", "in", "on",
            "at", "by", "for", "of", "with", "from", "as", "than", "if");
    private static final java.util.Set<String> DETERMINERS = java.util.Set.of("the", "a", "an", "any", "all", "its", "their",
            "our", "this", "these", "those", "each", "every");
    /** Verbs and adjectives after which "to" opens an infinitive: "intends to consult", "due to be published". */
    private static final List<String> VERB_GOVERNORS = List.of("intend", "plan", "aim", "expect", "propos", "seek",
            "sought", "hope", "want", "wish", "aspir", "endeavour", "striv", "undertak", "promis", "pledg", "resolv", "agree",
            "decid", "prepar", "continu", "due", "schedul", "set", "able", "going", "need", "try", "tries", "tried",
            "order", "begin", "began", "start", "mean", "ought", "determin", "poised", "likely", "designed", "required",
            "asked", "invited", "encouraged", "working", "remain", "look");
    /** Nouns after which "to" may open an infinitive or a noun phrase: "commitment to deliver", "commitment to net zero". */
    private static final List<String> NOUN_GOVERNORS = List.of("commit", "intention", "ambition", "target", "goal",
            "objective", "mission", "track", "course");
    private static final java.util.Set<String> THIRD_PERSON_INTENTIONS = java.util.Set.of("intends", "plans", "aims",
            "expects", "proposes", "seeks", "hopes", "wants", "wishes", "undertakes", "promises", "pledges", "agrees",
            "decides", "prepares", "continues", "remains", "commits");
    private static final java.util.Set<String> POSSESSIVES = java.util.Set.of("our", "its", "their", "his", "her", "my",
            "your");

    /**
     * A word of the sentence: its text as written, where it stands, its tag and lemma, and the word in lower case with
     * straight apostrophes ("Government’s" gives "’s" as written and "'s" in lower case), which the rules compare.
     */
    public record Token(String text, int start, int end, String tag, String lemma, String lower) {

        boolean isVerb() {
            return tag.equals("VERB");
        }

        boolean isNoun() {
            return tag.equals("NOUN") || tag.equals("PROPN");
        }

        boolean is(String... lemmas) {
            for (String l : lemmas) {
                if (lemma.equals(l)) {
                    return true;
                }
            }
            return false;
        }

        boolean tagged(String... tags) {
            for (String t : tags) {
                if (tag.equals(t)) {
                    return true;
                }
            }
            return false;
        }

        /** A verb ending in -ing: "publishing", "doubling". */
        boolean isGerund() {
            String w = lower();
            return w.endsWith("ing") && w.length() > 4 && !lemma.equals(w);
        }

        /** A verb form that is neither its base nor an -ing nor a third person -s: "published", "spent", "built". */
        boolean isParticiple() {
            String w = lower();
            return !lemma.equals(w) && !isGerund() && !w.equals(lemma + "s") && !w.equals(lemma + "es")
                    && !(w.endsWith("ies") && lemma.endsWith("y"));
        }
    }

    /** A sentence, analysed. */
    public record Sentence(String text, List<Token> tokens) {

        int size() {
            return tokens.size();
        }

        Token get(int i) {
            return tokens.get(i);
        }

        /** The text from the start of token {@code from} to the end of token {@code to - 1}. */
        String text(int from, int to) {
            if (from >= to) {
                return "";
            }
            return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
        }
    }

    private record Tools(TokenizerME tokenizer, POSTaggerME tagger, LemmatizerME lemmatizer) {
    }

    private final ThreadLocal<Tools> tools;
    private final Map<String, String> lemmas = new ConcurrentHashMap<>();

    private Analyser(TokenizerModel tokenizer, POSModel tagger, LemmatizerModel lemmatizer) {
        this.tools = ThreadLocal.withInitial(() -> new Tools(new TokenizerME(tokenizer), new POSTaggerME(tagger),
                new LemmatizerME(lemmatizer)));
    }

    /** The English analyser, its models read from the classpath (the opennlp-models-*-en artifacts). */
    public static Analyser english() {
        try {
            return new Analyser(new TokenizerModel(model(TOKENIZER)), new POSModel(model(TAGGER)),
                    new LemmatizerModel(model(LEMMATIZER)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read an OpenNLP model", e);
        }
    }

    private static InputStream model(String name) throws IOException {
        InputStream in = Analyser.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("OpenNLP model " + name + " is not on the classpath");
        }
        return in;
    }

    /** Tokens, tags and lemmas of {@code text}; offsets refer to {@code text}. */
    public Sentence analyse(String text) {
        Tools t = tools.get();
        String straight = text.replace('\u2019', '\'').replace('\u2018', '\'');
        List<Span> spans = new ArrayList<>();
        for (Span span : t.tokenizer().tokenizePos(straight)) {
            split(straight, span, spans);
        }
        String[] words = new String[spans.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = straight.substring(spans.get(i).getStart(), spans.get(i).getEnd());
        }
        String[] tags = t.tagger().tag(words);
        correct(words, tags);
        List<Token> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            Span span = spans.get(i);
            tokens.add(new Token(text.substring(span.getStart(), span.getEnd()), span.getStart(), span.getEnd(), tags[i],
                    lemma(t.lemmatizer(), words[i], tags[i]), words[i].toLowerCase(Locale.ROOT)));
        }
        return new Sentence(text, List.copyOf(tokens));
    }

    /**
     * "won't" becomes "wo" + "n't", "we'll" "we" + "'ll", "Government's" "Government" + "'s"; "£3" becomes "£" + "3",
     * which the tagger reads far better.
     */
    private static void split(String text, Span span, List<Span> out) {
        String word = text.substring(span.getStart(), span.getEnd()).toLowerCase(Locale.ROOT);
        if (word.length() > 1 && "£$€".indexOf(word.charAt(0)) >= 0 && Character.isDigit(word.charAt(1))) {
            out.add(new Span(span.getStart(), span.getStart() + 1));
            out.add(new Span(span.getStart() + 1, span.getEnd()));
            return;
        }
        for (String clitic : CLITICS) {
            if (word.length() > clitic.length() && word.endsWith(clitic)) {
                int cut = span.getEnd() - clitic.length();
                out.add(new Span(span.getStart(), cut));
                out.add(new Span(cut, span.getEnd()));
                return;
            }
        }
        out.add(span);
    }

    private static void correct(String[] words, String[] tags) {
        for (int i = 0; i < words.length; i++) {
            String w = words[i].toLowerCase(Locale.ROOT);
            if (tags[i].contains("+")) {
                tags[i] = tags[i].substring(0, tags[i].indexOf('+'));
            }
            if (w.equals("wo") && i + 1 < words.length && words[i + 1].equalsIgnoreCase("n't")) {
                tags[i] = "AUX";
            }
            if (CLITICS.contains(w)) {
                tags[i] = switch (w) {
                    case "n't" -> "PART";
                    case "'s" -> i > 0 && tags[i - 1].equals("PRON") ? "AUX" : "PART";
                    default -> "AUX";
                };
            }
            if ((w.equals("be") || w.equals("been") || w.equals("being")) && !tags[i].equals("VERB")) {
                tags[i] = "AUX";
            }
            if (NUMERAL.matcher(w).matches()) {
                tags[i] = "NUM";
                if (i > 0 && words[i - 1].equalsIgnoreCase("to")) {
                    tags[i - 1] = "ADP";
                }
            }
        }
        coordinatedVerbs(words, tags);
        thirdPersonIntentions(words, tags);
        for (int i = 0; i + 1 < words.length; i++) {
            String w = words[i].toLowerCase(Locale.ROOT);
            boolean modal = MODALS.contains(w) && (tags[i].equals("AUX") || tags[i].equals("VERB"));
            boolean afterVerb = i > 0 && governs(VERB_GOVERNORS, words[i - 1]);
            boolean afterNoun = i > 0 && governs(NOUN_GOVERNORS, words[i - 1]);
            boolean infinitive = w.equals("to") && (tags[i].equals("PART") || afterVerb || afterNoun);
            if (!modal && !infinitive) {
                continue;
            }
            int j = i + 1;
            while (j < words.length && (tags[j].equals("ADV") || NEGATION_OR_QUANTIFIER.contains(words[j].toLowerCase(Locale.ROOT)))) {
                j++;
            }
            boolean noNounFollows = j + 1 < words.length && !(tags[j + 1].equals("NOUN") || tags[j + 1].equals("NUM")
                    || tags[j + 1].equals("PROPN") || tags[j + 1].equals("ADJ"));
            boolean determinerFollows = j + 1 < words.length && tags[j + 1].equals("DET");
            // after a modal, or "to" after a verb of intention ("intends to publish"), a verb must come; after "to"
            // following a noun ("commitment to net zero") only where no noun follows
            boolean verbExpected = modal || j == i + 1 && (afterVerb || noNounFollows || tags[j].equals("NOUN") && determinerFollows);
            if (j < words.length && verbExpected && couldBeVerb(words[j], tags[j])) {
                tags[j] = words[j].equalsIgnoreCase("be") || words[j].equalsIgnoreCase("have") && modal ? "AUX" : "VERB";
                if (infinitive) {
                    tags[i] = "PART";
                }
            }
        }
    }

    /**
     * "the Department intends to", tagged a plural noun: a verb of intention in the third person, after its subject
     * and before "to", is a verb ("our plans to", after a determiner, stays a noun).
     */
    private static void thirdPersonIntentions(String[] words, String[] tags) {
        for (int j = 1; j + 1 < words.length; j++) {
            if (tags[j].equals("NOUN") && THIRD_PERSON_INTENTIONS.contains(words[j].toLowerCase(Locale.ROOT))
                    && words[j + 1].equalsIgnoreCase("to") && (tags[j - 1].equals("NOUN") || tags[j - 1].equals("PROPN")
                    || tags[j - 1].equals("PRON") && !POSSESSIVES.contains(words[j - 1].toLowerCase(Locale.ROOT)))) {
                tags[j] = "VERB";
            }
        }
    }

    /**
     * A word after "and", "or" or a comma, followed by a determiner, that the tagger called a noun: "undertake an
     * assessment and assess any requirements" coordinates verbs, as a noun is rarely followed by a determiner.
     */
    private static void coordinatedVerbs(String[] words, String[] tags) {
        for (int j = 1; j + 1 < words.length; j++) {
            String before = words[j - 1].toLowerCase(Locale.ROOT);
            String after = words[j + 1].toLowerCase(Locale.ROOT);
            if ((before.equals("and") || before.equals("or") || before.equals(",")) && tags[j].equals("NOUN")
                    && Character.isLowerCase(words[j].charAt(0)) && DETERMINERS.contains(after)) {
                tags[j] = "VERB";
            }
        }
    }

    /** A lower-case word the tagger called something else that grammar says is a verb here. */
    private static boolean couldBeVerb(String word, String tag) {
        return !word.isEmpty() && Character.isLowerCase(word.charAt(0)) && !NOT_VERBS.contains(word.toLowerCase(Locale.ROOT))
                && (tag.equals("NOUN") || tag.equals("ADJ") || tag.equals("ADP") || tag.equals("PROPN") || tag.equals("X")
                || tag.equals("INTJ") || tag.equals("SCONJ") || tag.equals("PRON") && word.equalsIgnoreCase("be"));
    }

    /** Whether a word starts with one of the stems: "intends" with "intend". */
    private static boolean governs(List<String> stems, String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (String stem : stems) {
            if (w.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    private String lemma(LemmatizerME lemmatizer, String word, String tag) {
        String lower = word.toLowerCase(Locale.ROOT);
        String clitic = switch (lower) {
            case "wo", "'ll" -> "will";
            case "n't" -> "not";
            case "'re", "'m" -> "be";
            case "'ve" -> "have";
            case "'d" -> "would";
            case "'s" -> tag.equals("AUX") ? "be" : "'s";
            default -> null;
        };
        if (clitic != null) {
            return clitic;
        }
        if (!(tag.equals("VERB") || tag.equals("NOUN") || tag.equals("AUX") || tag.equals("ADJ"))) {
            return lower;
        }
        String key = tag + ' ' + lower;
        String known = lemmas.get(key);
        if (known != null) {
            return known;
        }
        String lemma = checked(lemmatizer.lemmatize(new String[] {lower}, new String[] {tag})[0].toLowerCase(Locale.ROOT), lower);
        if (lemmas.size() < LEMMA_CACHE_LIMIT) {
            lemmas.put(key, lemma);
        }
        return lemma;
    }

    /**
     * OpenNLP's English lemmatizer, asked one word at a time, now and then cuts a base form short ("declare": decla,
     * "tackle": tack) or adds a letter ("monitoring": monitore). So a regular inflection (-s, -ed, -ing) is taken
     * from Lucene's Krovetz stemmer, which checks its stems against a dictionary, and a lemma the word does not
     * inflect is refused for the word itself. Irregular forms ("spent": spend, "made": make) keep the model's lemma.
     */
    static String checked(String model, String word) {
        if (INFLECTED.matcher(word).find()) {
            String stem = Krovetz.stem(word);
            if (!stem.equals(word)) {
                return stem;
            }
        }
        if (model.isBlank() || model.equals("o") || model.contains("+")) {
            return word;
        }
        if (word.endsWith("aid") && model.equals(word.substring(0, word.length() - 2)) && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "ay"; // repaid, laid, said: the model cuts them to "repa"
        }
        return word.startsWith(model) && !model.equals(word) && !inflects(model, word) ? word : model;
    }

    private static final java.util.Set<String> REGULAR_SUFFIXES = java.util.Set.of("s", "es", "d", "ed", "ing", "n", "en", "er", "est");
    private static final java.util.regex.Pattern INFLECTED = java.util.regex.Pattern.compile("(?:s|ed|ing)$");

    /** Whether {@code word} is {@code lemma} with a regular inflection: publish-es, close-d, plan-ned, carr-ied. */
    private static boolean inflects(String lemma, String word) {
        String suffix = word.substring(lemma.length());
        if (REGULAR_SUFFIXES.contains(suffix)) {
            return true;
        }
        char last = lemma.charAt(lemma.length() - 1);
        return suffix.equals(last + "ed") || suffix.equals(last + "ing") || suffix.equals(last + "er");
    }

    /** Krovetz's stemmer from Lucene, one word at a time. */
    private static final class Krovetz {

        private static final Map<String, String> STEMS = new ConcurrentHashMap<>();

        static String stem(String word) {
            String known = STEMS.get(word);
            if (known != null) {
                return known;
            }
            String stem = word;
            try (org.apache.lucene.analysis.core.KeywordTokenizer tokenizer = new org.apache.lucene.analysis.core.KeywordTokenizer();
                 org.apache.lucene.analysis.TokenStream stream = new org.apache.lucene.analysis.en.KStemFilter(tokenizer)) {
                tokenizer.setReader(new java.io.StringReader(word));
                org.apache.lucene.analysis.tokenattributes.CharTermAttribute term =
                        stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
                stream.reset();
                if (stream.incrementToken()) {
                    stem = term.toString();
                }
                stream.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (STEMS.size() < LEMMA_CACHE_LIMIT) {
                STEMS.put(word, stem);
            }
            return stem;
        }
    }
}
