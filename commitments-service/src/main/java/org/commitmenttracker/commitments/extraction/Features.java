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
     * @param deadline      the kind of its governing time expression: dated, past, vague, undated or none
     * @param deadlineFrom  where that expression came from: own, clause, before, opening, paragraph, lent, none
     * @param firstSentence whether the sentence opens the answer
     * @param statement     whether the text is a written ministerial statement
     */
    record Context(String deadline, String deadlineFrom, boolean firstSentence, boolean statement,
                   boolean sentenceHasFutureDate, String referentClass) {
    }

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
    private static final Set<String> TIME_ADVERBS = Set.of("now", "currently", "already", "still", "also", "soon",
            "shortly", "then", "further", "initially", "subsequently", "additionally", "presently", "actively", "fully",
            "urgently", "formally", "next", "ultimately", "eventually", "immediately", "duly", "carefully", "closely");

    private Features() {
    }

    static List<String> of(Sentence s, Candidate c, Context context) {
        List<String> f = new ArrayList<>(64);
        String cue = c.cue().name();
        String voice = c.voice().name();
        Token head = s.get(c.head());
        Token last = s.get(c.last());
        String verb = c.voice() == Voice.NOMINAL && !head.isVerb() ? "n:" + head.lemma() : head.lemma();
        SubjectClass subject = c.subject().subjectClass();
        String subj = subject == SubjectClass.PRONOUN && context.referentClass() != null
                ? "PRONOUN>" + context.referentClass() : subject.name();
        f.add("bias");
        f.add("cue=" + cue);
        f.add("cueLemma=" + cue + ":" + c.cueLemma());
        f.add("voice=" + voice);
        f.add("cue&voice=" + cue + ":" + voice);
        f.add("verb=" + verb);
        f.add("cueLemma&verb=" + c.cueLemma() + ":" + verb);
        if (c.last() != c.head()) {
            f.add("last=" + last.lemma());
            f.add("chain=" + head.lemma() + ">" + last.lemma());
        }
        for (String family : Lexicon.verbFamilies(head.lemma())) {
            f.add("vf=" + family);
            f.add("cue&vf=" + cue + ":" + family);
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
        }
        if (c.negated()) {
            f.add("negated");
            f.add("negated&cue=" + cue);
            f.add("negated&subj=" + subject.name());
        }
        f.add("conjunct=" + Math.min(c.conjunct(), 2));
        if (c.conjunct() > 0) {
            f.add("conjunct&cue=" + cue);
            f.add("conjunct&voice=" + voice);
            if (c.sharedModal()) {
                f.add("conjunctOwnModal");
            }
        }
        opener(s, c, f);
        reporting(s, c, f);
        adverbs(s, c, f);
        object(s, c, f);
        agent(s, c, f);
        f.add("deadline=" + context.deadline());
        f.add("deadlineFrom=" + context.deadlineFrom());
        f.add("deadline&cue=" + context.deadline() + ":" + cue);
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

    /** The clause opener nearest before the cue: if, when, which, how, that... */
    private static void opener(Sentence s, Candidate c, List<String> f) {
        int from = c.subject().from() >= 0 && !c.subject().inherited() ? c.subject().from() : c.cueFrom();
        for (int k = from - 1; k >= 0; k--) {
            Token t = s.get(k);
            String w = t.lower();
            if (w.equals(";") || w.equals(":")) {
                break;
            }
            if (OPENERS.contains(w) && (t.tagged("SCONJ", "PRON", "ADV", "DET") || w.equals("that"))) {
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
        int from = c.subject().from() >= 0 && !c.subject().inherited() ? c.subject().from() : c.cueFrom();
        for (int k = from - 1; k >= Math.max(0, from - 12); k--) {
            Token t = s.get(k);
            if (t.isVerb() && REPORTING.contains(t.lemma())) {
                f.add("reported=" + t.lemma());
                f.add("reported&cue=" + c.cue().name() + ":" + (t.isParticiple() ? "past" : "present"));
                f.add("reportedTense=" + (t.isParticiple() ? "past" : t.isGerund() ? "ing" : "present"));
                return;
            }
            if (t.lower().equals(";") || t.lower().equals(".")) {
                return;
            }
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
    private static void object(Sentence s, Candidate c, List<String> f) {
        boolean noun = false;
        boolean money = false;
        boolean number = false;
        int words = 0;
        for (int k = c.last() + 1; k < c.actionEnd() && k < s.size(); k++) {
            Token t = s.get(k);
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
            money |= t.lemma().startsWith("£") || t.lower().equals("billion") || t.lower().equals("million");
            number |= t.tagged("NUM") && !t.text().matches("\\d{4}(/\\d{2,4})?");
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
                money |= t.lemma().startsWith("£") || t.lower().equals("billion") || t.lower().equals("million");
                number |= t.tagged("NUM") && !t.text().matches("\\d{4}(/\\d{2,4})?");
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
