package org.commitmenttracker.commitments.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.commitmenttracker.commitments.extraction.Analyser.Sentence;
import org.commitmenttracker.commitments.extraction.Analyser.Token;
import org.commitmenttracker.commitments.extraction.Candidates.Candidate;
import org.commitmenttracker.commitments.extraction.Candidates.SubjectClass;
import org.commitmenttracker.commitments.extraction.Candidates.Voice;

/**
 * The features the trained model decides on, for one candidate: all of them linguistic (the cue and its lemma, the
 * voice, the verb and object lemmas and their families, the class of the subject, negation, the clause the cue sits
 * in, the reporting verb of reported speech, the time expression that governs the action and where it came from)
 * and none naming a particular sentence. Combinations of two (cue with subject, cue with verb family...) let a
 * linear model weigh what depends on both.
 */
final class Features {

    /**
     * What the extractor knows of a candidate's surroundings.
     *
     * @param deadline       the kind of its governing time expression: dated, past, vague:CLASS, undated or none
     * @param deadlineFrom   where that expression came from: own, before, shared, relative, opening, paragraph, lent
     *                       or none ({@link Deadlines})
     * @param firstSentence  whether the sentence opens the answer
     * @param statement      whether the text is a written ministerial statement
     * @param referentClass  for a pronoun subject, the class of what it stands for, or null
     * @param enclosingCue   the cue of another candidate whose action holds this one's cue, or null
     * @param timeSpans      the character spans of the sentence's time expressions
     * @param mainSubject    the class of the subject that opens the sentence
     */
    record Context(String deadline, String deadlineFrom, boolean firstSentence, boolean statement,
                   boolean sentenceHasFutureDate, String referentClass, String enclosingCue, int candidatesInSentence,
                   boolean governmentElsewhereInSentence, boolean governmentInPreviousSentence, boolean opensParagraph,
                   List<int[]> timeSpans, SubjectClass mainSubject) {

        /** Whether a token lies inside a time expression: its words are the deadline's, not the action's. */
        boolean inTime(Token t) {
            for (int[] span : timeSpans) {
                if (t.start() >= span[0] && t.start() < span[1]) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\d{4}(/\\d{2,4})?");
    private static final Set<String> PAST_AUXILIARIES = Set.of("was", "were", "had");
    private static final Set<String> REPORTING = Set.of("announce", "confirm", "say", "state", "set", "make", "agree",
            "decide", "commit", "pledge", "promise", "indicate", "explain", "note", "outline", "publish", "write",
            "tell", "inform", "advise", "clarify", "signal", "reiterate", "declare", "expect", "believe", "hope", "think",
            "recognise", "accept", "recommend", "propose", "suggest", "predict", "estimate", "forecast", "show", "mean",
            "ensure", "require", "specify", "stipulate", "provide");
    private static final Set<String> OPENERS = Set.of("if", "unless", "when", "whether", "how", "what", "which", "who",
            "that", "as", "because", "once", "until", "while", "whilst", "where", "although", "though", "since", "so",
            "whereby", "before", "after", "why", "should");
    private static final Set<String> PROCEDURE = Set.of("today", "library", "libraries", "placed", "copy", "copies",
            "deposited", "tabled");
    private static final Set<String> QUANTIFIERS = Set.of("at", "least", "around", "about", "over", "more", "than", "up");
    private static final Set<String> TIME_ADVERBS = Set.of("now", "currently", "already", "still", "also", "soon",
            "shortly", "then", "further", "initially", "subsequently", "additionally", "presently", "actively", "fully",
            "urgently", "formally", "next", "ultimately", "eventually", "immediately", "duly", "carefully", "closely");

    private Features() {
    }

    /** Whether the commitment-or-not decision uses a feature; the words are for the strength alone. */
    static boolean forDecision(String feature) {
        return !(feature.startsWith("w=") || feature.startsWith("sw="));
    }

    private static final Set<String> STRENGTH = Set.of("bias", "cue", "cueLemma", "group", "voice", "verb", "last", "chain",
            "vf", "lf", "vclass", "lclass", "chainClass", "obj", "objFamily", "money", "number", "number&cue", "deadline",
            "deadline&vf", "subj", "reported", "adverb", "w", "sw", "cueTense", "negated", "cueLemma&verb", "subj&vf",
            "statement", "subjNegative", "namedOutcome");

    /**
     * Whether the firm-or-weak decision uses a feature: what the guide's strength rules look at (the cue and its
     * lemma, the verb and its family, the object, quantities, the deadline, the subject) and the words of the action.
     */
    static boolean forStrength(String feature) {
        int end = feature.indexOf('=');
        return STRENGTH.contains(end < 0 ? feature : feature.substring(0, end));
    }

    static List<String> of(Sentence s, Candidate c, Context context) {
        List<String> f = new ArrayList<>(64);
        // "would" reporting a decision ("confirmed that the scheme would") is a future, not a conditional
        String cue = c.cue() == Candidates.Cue.WOULD && reportedBy(s, c) != null ? "WOULD_REPORTED" : c.cue().name();
        String voice = c.voice().name();
        Token head = s.get(c.head());
        Token last = s.get(c.last());
        String verb = c.voice() == Voice.NOMINAL && !head.isVerb() ? "n:" + head.lemma() : head.lemma();
        boolean pronoun = subject(c) == SubjectClass.PRONOUN || subject(c) == SubjectClass.RELATIVE;
        SubjectClass subject = pronoun && context.referentClass() != null
                ? SubjectClass.valueOf(context.referentClass()) : subject(c);
        String subj = subject.name();
        String group = group(s, c);
        f.add("bias");
        f.add("cue=" + cue);
        f.add("group=" + group);
        f.add("group&subj=" + group + ":" + subj);
        f.add("group&voice=" + group + ":" + voice);
        if (pronoun) {
            f.add("subjPronoun=" + subject(c).name());
            f.add("pronoun=" + c.subject().headLemma());
        }
        if (context.enclosingCue() != null) {
            f.add("enclosed=" + context.enclosingCue());
            f.add("enclosed&cue=" + context.enclosingCue() + ":" + cue);
        }
        tense(s, c, f);
        if (c.cue() == Candidates.Cue.NOMINAL || c.cue() == Candidates.Cue.COMMITTED && c.voice() == Voice.NOMINAL) {
            nominal(s, c, f);
        }
        f.add("cueLemma=" + cue + ":" + c.cueLemma());
        f.add("voice=" + voice);
        f.add("cue&voice=" + cue + ":" + voice);
        f.add("verb=" + verb);
        f.add("cueLemma&verb=" + c.cueLemma() + ":" + verb);
        String vclass = Lexicon.verbClass(head.lemma());
        String lclass = Lexicon.verbClass(last.lemma());
        f.add("vclass=" + vclass);
        f.add("vclass&subj=" + vclass + ":" + subject.name());
        f.add("vclass&group=" + vclass + ":" + group);
        f.add("vclass&voice=" + vclass + ":" + voice);
        f.add("vclass&deadline=" + vclass + ":" + context.deadline());
        f.add("group&vclass&deadline=" + group + ":" + vclass + ":" + context.deadline());
        if (!lclass.equals(vclass)) {
            f.add("lclass=" + lclass);
            f.add("chainClass=" + vclass + ">" + lclass);
        }
        if (c.last() != c.head()) {
            f.add("last=" + last.lemma());
            f.add("chain=" + head.lemma() + ">" + last.lemma());
        }
        for (String family : Lexicon.verbFamilies(head.lemma())) {
            f.add("vf=" + family);
            f.add("cue&vf=" + cue + ":" + family);
            f.add("group&vf=" + group + ":" + family);
            f.add("voice&vf=" + voice + ":" + family);
            f.add("subj&vf=" + subject.name() + ":" + family);
        }
        if (c.last() != c.head()) {
            for (String family : Lexicon.verbFamilies(last.lemma())) {
                f.add("lf=" + family);
            }
        }
        f.add("subj=" + subj);
        f.add("subj&cue=" + subj + ":" + cue);
        f.add("subj&voice=" + subject.name() + ":" + voice);
        f.add("subj&cueLemma=" + subject.name() + ":" + c.cueLemma());
        if (!c.subject().headLemma().isEmpty() && subject != SubjectClass.WE) {
            f.add("subjHead=" + c.subject().headLemma());
        }
        if (c.subject().inherited()) {
            f.add("subjInherited");
        }
        if (c.subject().negative()) {
            f.add("subjNegative");
            f.add("subjNegative&subj=" + subject.name());
            f.add("subjNegative&lclass=" + Lexicon.verbClass(last.lemma()));
        }
        if (pronoun && c.subject().subjectClass() == SubjectClass.RELATIVE) {
            f.add("relative&main=" + context.mainSubject());
            f.add("relative&vclass=" + Lexicon.verbClass(head.lemma()));
            f.add("relative&deadline=" + context.deadline());
            f.add("relative&vclass&deadline=" + Lexicon.verbClass(head.lemma()) + ":" + context.deadline());
        }
        quantities(s, c, f, group);
        if (c.negated()) {
            f.add("negated");
            f.add("negated&cue=" + cue);
            f.add("negated&subj=" + subject.name());
        }
        f.add("conjunct=" + Math.min(c.conjunct(), 2));
        if (c.conjunct() > 0) {
            f.add("conjunct&cue=" + cue);
            f.add("conjunct&voice=" + voice);
            if (c.ownModal()) {
                f.add("conjunctOwnModal");
            }
        }
        words(s, c, f, context);
        opener(s, c, f);
        reporting(s, c, f);
        adverbs(s, c, f);
        object(s, c, f, context);
        agent(s, c, f);
        f.add("deadline=" + context.deadline());
        f.add("deadlineFrom=" + context.deadlineFrom());
        f.add("deadline&cue=" + context.deadline() + ":" + cue);
        f.add("deadline&group=" + context.deadline() + ":" + group);
        f.add("deadline&subj=" + context.deadline() + ":" + subject.name());
        f.add("deadline&voice=" + context.deadline() + ":" + voice);
        for (String family : Lexicon.verbFamilies(head.lemma())) {
            f.add("deadline&vf=" + context.deadline() + ":" + family);
        }
        if (context.sentenceHasFutureDate()) {
            f.add("sentenceFutureDate");
        }
        if (context.firstSentence()) {
            f.add("firstSentence");
        }
        if (context.opensParagraph()) {
            f.add("opensParagraph");
        }
        f.add("candidatesInSentence=" + Math.min(context.candidatesInSentence(), 3));
        if (context.governmentElsewhereInSentence()) {
            f.add("governmentElsewhere");
            f.add("governmentElsewhere&subj=" + subj);
        }
        if (context.governmentInPreviousSentence()) {
            f.add("governmentBefore");
            f.add("governmentBefore&subj=" + subj);
        }
        if (context.statement()) {
            f.add("statement");
            f.add("statement&cue=" + cue);
        }
        for (Token t : s.tokens()) {
            if (PROCEDURE.contains(t.lower())) {
                f.add("procedure=" + t.lower());
            }
        }
        if (s.size() > 1 && (s.get(0).lower().equals("for") && s.get(1).lower().equals("example")
                || s.get(0).lower().startsWith("e.g"))) {
            f.add("example");
        }
        return f;
    }

    /** The content words of the action and of the subject, as lemmas: "w=consultation", "sw=review". */
    private static void words(Sentence s, Candidate c, List<String> f, Context context) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int k = c.head(); k < Math.min(c.actionEnd(), s.size()); k++) {
            Token t = s.get(k);
            if ((t.isNoun() || t.isVerb() || t.tagged("ADJ")) && !context.inTime(t) && seen.add("w=" + t.lemma())) {
                f.add("w=" + t.lemma());
            }
        }
        if (c.subject().from() >= 0) {
            for (int k = c.subject().from(); k < c.subject().to(); k++) {
                Token t = s.get(k);
                if ((t.isNoun() || t.tagged("ADJ", "PRON")) && !context.inTime(t) && seen.add("sw=" + t.lemma())) {
                    f.add("sw=" + t.lemma());
                }
            }
        }
    }

    /**
     * A named outcome in the action: a quantity it moves to ("from 5,000 to 10,000", "to at least 100 schools") or a
     * quantity added ("a further 30 areas", "an additional 2,000 coaches"). The guide's clarifications make such a
     * deliverable what turns a present-tense programme from practice into a promise.
     */
    private static void quantities(Sentence s, Candidate c, List<String> f, String group) {
        int end = Math.min(c.actionEnd(), s.size());
        for (int k = c.last() + 1; k + 1 < end; k++) {
            String w = s.get(k).lower();
            boolean endpoint = w.equals("to") && (amount(s, k + 1) || k + 3 < end && QUANTIFIERS.contains(s.get(k + 1).lower())
                    && (amount(s, k + 2) || amount(s, k + 3)));
            boolean added = (w.equals("further") || w.equals("additional") || w.equals("extra")) && amount(s, k + 1);
            if (endpoint || added) {
                f.add("namedOutcome");
                f.add("namedOutcome&group=" + group);
                return;
            }
        }
    }

    /** A number that is not a year ("2024", "2024/25"). */
    private static boolean isCount(Token t) {
        return t.tagged("NUM") && !YEAR.matcher(t.text()).matches();
    }

    private static boolean isMoney(Token t) {
        return t.lemma().startsWith("£") || t.lower().equals("billion") || t.lower().equals("million");
    }

    private static boolean amount(Sentence s, int k) {
        Token t = s.get(k);
        return isCount(t) || "\u00a3$\u20ac".contains(t.lower()) && !t.lower().isEmpty();
    }

    private static SubjectClass subject(Candidate c) {
        return c.subject().subjectClass();
    }

    /**
     * The cue's group, so that what is learned of one cue carries to its kin: a future (will, shall, going to, and
     * would in reported speech), an intention, a schedule, the present, a past announcement, a conditional.
     */
    private static String group(Sentence s, Candidate c) {
        return switch (c.cue()) {
            case MODAL, GOING_TO -> "FUTURE";
            case WOULD -> reportedBy(s, c) != null ? "FUTURE" : "CONDITIONAL";
            case INTENTION, NOMINAL, COMMITTED, VIEW -> "INTENT";
            case SCHEDULED, SCHEDULED_FOR, ON_TRACK, TO_BE -> "SCHEDULE";
            case PROGRESSIVE, CONTINUE -> "PRESENT";
            case ANNOUNCED -> "ANNOUNCED";
        };
    }

    /** The tense of a verbal cue: "intended to" (past), "has agreed to" (perfect), "intends to" (present). */
    private static void tense(Sentence s, Candidate c, List<String> f) {
        Token cue = s.get(c.cueFrom());
        if (!cue.isVerb() && !cue.tagged("ADJ")) {
            return;
        }
        boolean perfect = c.cueFrom() > 0 && s.get(c.cueFrom() - 1).is("have");
        boolean past = c.cueFrom() > 0 && PAST_AUXILIARIES.contains(s.get(c.cueFrom() - 1).lower());
        String tense = perfect ? "perfect" : past || cue.isVerb() && cue.isParticiple() && !(c.cueFrom() > 0
                && s.get(c.cueFrom() - 1).tagged("AUX")) ? "past" : "present";
        f.add("cueTense=" + tense);
        f.add("cueTense&cue=" + tense + ":" + c.cue().name());
    }

    /** A nominal cue's surroundings: "our commitment to", "made a commitment to", "in the context of our commitment". */
    private static void nominal(Sentence s, Candidate c, List<String> f) {
        int noun = c.cueFrom();
        int k = noun - 1;
        while (k >= 0 && s.get(k).tagged("ADJ", "NOUN", "PROPN") && !s.get(k).lower().equals("'s")) {
            k--;
        }
        if (k >= 0) {
            Token before = s.get(k);
            if (before.tagged("DET", "PRON") || before.lower().equals("'s")) {
                String det = before.lower().equals("'s") ? "possessive" : before.lower();
                f.add("nounDeterminer=" + det);
                k--;
                while (k >= 0 && s.get(k).tagged("ADJ", "NOUN", "PROPN", "DET", "PART")) {
                    k--;
                }
            }
        } else {
            f.add("nounDeterminer=none");
        }
        if (k >= 0) {
            Token governor = s.get(k);
            if (governor.isVerb() || governor.tagged("AUX")) {
                f.add("nounGovernor=" + governor.lemma());
                for (String family : Lexicon.verbFamilies(governor.lemma())) {
                    f.add("nounGovernorFamily=" + family);
                }
            } else if (governor.tagged("ADP")) {
                f.add("nounInPhrase=" + governor.lower());
            }
        }
    }

    /** The reporting verb a cue's clause depends on, or null. */
    private static Token reportedBy(Sentence s, Candidate c) {
        int from = c.clauseStart();
        for (int k = from - 1; k >= Math.max(0, from - 12); k--) {
            Token t = s.get(k);
            if (t.isVerb() && REPORTING.contains(t.lemma())) {
                return t;
            }
            if (t.lower().equals(";") || t.lower().equals(".")) {
                return null;
            }
        }
        return null;
    }

    /** The clause opener nearest before the cue: if, when, which, how, that... */
    private static void opener(Sentence s, Candidate c, List<String> f) {
        int from = c.clauseStart();
        for (int k = from - 1; k >= 0; k--) {
            Token t = s.get(k);
            String w = t.lower();
            if (w.equals(";") || w.equals(":")) {
                break;
            }
            if (OPENERS.contains(w) && (t.tagged("SCONJ", "PRON", "ADV", "DET") || w.equals("that"))) {
                if (w.equals("that") && k > 0 && reportedBy(s, c) != null) {
                    f.add("opener=reported"); // "confirmed that the scheme would": a report, not a relative clause
                    return;
                }
                int distance = from - k;
                f.add("opener=" + w);
                f.add("opener&cue=" + w + ":" + c.cue().name());
                if (distance <= 2) {
                    f.add("openerNear=" + w);
                }
                return;
            }
        }
        f.add("opener=none");
    }

    /** Reported speech: "confirmed that the scheme would", "has announced that it will". */
    private static void reporting(Sentence s, Candidate c, List<String> f) {
        Token t = reportedBy(s, c);
        if (t != null) {
            f.add("reported=" + t.lemma());
            f.add("reported&cue=" + c.cue().name() + ":" + (t.isParticiple() ? "past" : "present"));
            f.add("reportedTense=" + (t.isParticiple() ? "past" : t.isGerund() ? "ing" : "present"));
        }
    }

    private static void adverbs(Sentence s, Candidate c, List<String> f) {
        for (int k = Math.max(0, c.cueFrom() - 2); k < Math.min(c.head(), s.size()); k++) {
            Token t = s.get(k);
            if (t.tagged("ADV") && TIME_ADVERBS.contains(t.lower())) {
                f.add("adverb=" + t.lower());
            }
        }
    }

    /** The object of the action: its first noun and that noun's family, money and numbers. */
    private static void object(Sentence s, Candidate c, List<String> f, Context context) {
        boolean noun = false;
        boolean money = false;
        boolean number = false;
        int words = 0;
        for (int k = c.last() + 1; k < c.actionEnd() && k < s.size(); k++) {
            Token t = s.get(k);
            if (context.inTime(t)) {
                continue;
            }
            words++;
            if (!noun && t.isNoun()) {
                noun = true;
                f.add("obj=" + t.lemma());
                String family = Lexicon.nounFamily(t.lemma());
                if (family != null) {
                    f.add("objFamily=" + family);
                    f.add("objFamily&vf=" + family + ":" + String.join(",", Lexicon.verbFamilies(s.get(c.head()).lemma())));
                }
            }
            money |= isMoney(t);
            number |= isCount(t);
            if (k == c.last() + 1 && t.tagged("PRON") && (t.lower().equals("it") || t.lower().equals("this") || t.lower().equals("them"))) {
                f.add("objPronoun");
            }
            if (k == c.last() + 1 && t.tagged("ADP")) {
                f.add("firstAfterVerb=" + t.lower());
            }
        }
        if (c.voice() == Voice.PASSIVE || c.voice() == Voice.NOMINAL) {
            for (int k = Math.max(0, c.subject().from()); k < c.subject().to() && c.subject().from() >= 0; k++) {
                Token t = s.get(k);
                money |= isMoney(t);
                number |= isCount(t);
            }
        }
        if (!noun) {
            f.add("obj=none");
        }
        if (money) {
            f.add("money");
        }
        if (number) {
            f.add("number");
            f.add("number&cue=" + c.cue().name());
        }
        f.add("actionWords=" + (words == 0 ? "0" : words <= 3 ? "1-3" : words <= 8 ? "4-8" : words <= 16 ? "9-16" : "17+"));
    }

    /** The agent of a passive: "will be published by Ofgem". */
    private static void agent(Sentence s, Candidate c, List<String> f) {
        if (c.voice() != Voice.PASSIVE) {
            return;
        }
        for (int k = c.last() + 1; k < Math.min(c.clauseEnd(), s.size() - 1); k++) {
            if (s.get(k).lower().equals("by") && !s.get(k + 1).isGerund()) {
                for (int j = k + 1; j < Math.min(k + 6, c.clauseEnd()); j++) {
                    Token t = s.get(j);
                    if (Lexicon.isGovernment(s, j)) {
                        f.add("agent=government");
                        return;
                    }
                    if (Lexicon.isIndependent(t)) {
                        f.add("agent=independent");
                        return;
                    }
                    if (Lexicon.isDelivery(t)) {
                        f.add("agent=delivery");
                        return;
                    }
                }
                return;
            }
        }
    }
}
