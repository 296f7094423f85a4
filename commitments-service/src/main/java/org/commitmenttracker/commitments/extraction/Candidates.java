package org.commitmenttracker.commitments.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.commitmenttracker.commitments.extraction.Analyser.Sentence;
import org.commitmenttracker.commitments.extraction.Analyser.Token;

/**
 * Every clause of a sentence with a future or commissive reading, over tags and lemmas: the high-recall first stage.
 * A candidate is a cue (a future or modal verb group, an intention, a schedule, a nominal cue, a progressive), the
 * verb of the action it governs, the extent of that action, and the subject before the cue. Coordinated actions
 * ("will begin in early 2026 and finish by summer 2027") are candidates of their own; a purpose clause ("to reduce
 * the backlog") and a means clause ("by making sure") are not split off. Whether a candidate is a commitment is
 * decided later, by the trained model, from the {@link Features} of each.
 */
final class Candidates {

    /** The kinds of cue. */
    enum Cue {
        /** will, shall, 'll: "we will publish", "the report will be published" */
        MODAL,
        /** would: "confirmed that the scheme would come into force", and conditionals */
        WOULD,
        /** "we are going to" */
        GOING_TO,
        /** a verb of intention with an infinitive: intend, plan, aim, expect, propose, seek, hope, undertake... */
        INTENTION,
        /** committed to, commit to */
        COMMITTED,
        /** a noun of intention: "the current intention is to", "commitments to launch", "our plans to" */
        NOMINAL,
        /** due, scheduled, planned, set, expected, intended + to: "is planned to begin", "due to be handed back" */
        SCHEDULED,
        /** due / planned / expected for publication, or in a named time: "the report is due in the spring" */
        SCHEDULED_FOR,
        /** on track / on course / on schedule to */
        ON_TRACK,
        /** "schemes to be announced later this year", "is to be published" */
        TO_BE,
        /** present progressive: "we are now doubling", "is being explored" */
        PROGRESSIVE,
        /** present "continue(s) to" */
        CONTINUE,
        /** "with a view to bringing forward" */
        VIEW,
        /** a past announcement with its object: "announced the creation of a UK ISA" */
        ANNOUNCED
    }

    /** How the action's verb group is built. */
    enum Voice { ACTIVE, PASSIVE, PROGRESSIVE, PERFECT, ABLE, COPULA, NOMINAL }

    /** The classes of subject, from the head of the noun phrase before the cue. */
    enum SubjectClass {
        WE, GOVERNMENT, COUNTRY, DELIVERY_BODY, INDEPENDENT, AFFECTED, MONEY, DOCUMENT, PROGRAMME, WORKS, PRONOUN, RELATIVE,
        THERE, NONE, OTHER
    }

    /**
     * The noun phrase before a cue.
     *
     * @param from      first token, or -1 when there is none
     * @param head      the head noun or pronoun, or -1
     * @param inherited borrowed from an earlier clause ("... and will continue to")
     */
    record Subject(int from, int to, int head, SubjectClass subjectClass, String headLemma, boolean inherited,
                   boolean negative) {

        static Subject none() {
            return new Subject(-1, -1, -1, SubjectClass.NONE, "", false, false);
        }

        /** The same noun phrase, as the subject of a later clause that leaves its own out. */
        Subject inherited(boolean negative) {
            return new Subject(from, to, head, subjectClass, headLemma, true, negative);
        }
    }

    /**
     * One candidate.
     *
     * @param cueFrom     first token of the cue ("will", "intend", "intention")
     * @param head        the action's first verb (for nominal voice, the cue's object)
     * @param last        the last verb of a catenative chain ("continue to monitor": monitor)
     * @param actionEnd   the end (exclusive) of the words of the action, before a purpose clause
     * @param clauseEnd   the end (exclusive) of the clause the action belongs to
     * @param conjunct    0 for the first of coordinated actions, 1, 2... for the others
     * @param negated     "will not", "no plans to", "never"
     * @param ownModal a coordinated action with its own modal ("and will publish")
     */
    record Candidate(Cue cue, String cueLemma, int cueFrom, int head, int last, Voice voice, int actionEnd, int clauseEnd,
                     int conjunct, Subject subject, boolean negated, boolean ownModal) {

        /** Whether the other's cue lies inside this one's action: "will set out proposals to close coal". */
        boolean encloses(Candidate other) {
            return cueFrom < other.cueFrom && head <= other.cueFrom && other.cueFrom < actionEnd;
        }

        /** Where the clause starts: its own subject, else (none, or one it borrows) its cue. */
        int clauseStart() {
            return subject.from() >= 0 && !subject.inherited() ? subject.from() : cueFrom;
        }
    }

    private static final Set<String> INTENTION_VERBS = Set.of("intend", "plan", "aim", "expect", "propose", "seek", "hope",
            "want", "wish", "aspire", "endeavour", "strive", "undertake", "promise", "pledge", "resolve", "agree", "decide",
            "prepare", "look", "mean", "vow", "determine", "commit");
    private static final Set<String> INTENTION_NOUNS = Set.of("intention", "plan", "aim", "ambition", "target", "goal",
            "commitment", "pledge", "promise", "objective", "proposal", "priority", "mission", "expectation", "intent",
            "undertaking", "aspiration", "determination", "manifesto", "timetable", "programme", "plans");
    private static final Set<String> SCHEDULE_WORDS = Set.of("due", "scheduled", "planned", "set", "expected", "intended",
            "poised", "likely", "earmarked", "timetabled", "programmed", "projected", "anticipated", "envisaged");
    private static final Set<String> TRACK_WORDS = Set.of("track", "course", "schedule", "target");
    private static final Set<String> CATENATIVE = Set.of("continue", "seek", "aim", "try", "look", "work", "need", "want",
            "begin", "start", "help", "plan", "intend", "expect", "hope", "strive", "endeavour", "have", "remain", "commit",
            "propose", "decide", "agree", "prepare", "attempt", "wish", "aspire", "undertake", "fail", "get", "go", "able");
    private static final Set<String> ANNOUNCING = Set.of("announce", "confirm", "pledge", "commit", "promise", "unveil",
            "outline", "allocate", "earmark", "agree");
    private static final Set<String> QUANTIFIERS = Set.of("around", "about", "approximately", "almost", "nearly", "over",
            "up", "to", "more", "than", "at", "least", "some", "roughly", "circa", "c.", "an", "extra", "additional", "further");
    /** "decide how to invest" asks a question; it does not state an intention. */
    private static final Set<String> QUESTION_WORDS = Set.of("whether", "how", "when", "where");
    private static final Set<String> ABOUT = Set.of("on", "of", "about", "for");
    private static final Set<String> WH_WORDS = Set.of("how", "whether", "what", "where", "when", "why", "which");
    private static final Set<String> ABBREVIATED_TITLES = Set.of("hon", "rt", "mr", "mrs", "ms", "dr", "prof", "st");
    private static final Set<String> RELATIVES = Set.of("which", "who", "whom", "whose", "that");
    private static final Set<String> CLAUSE_OPENERS = Set.of("which", "who", "whom", "whose", "where", "while", "whilst",
            "whereas", "although", "though", "because", "unless", "if", "whether", "once", "until", "since", "so", "but",
            "including", "whereby", "when");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "neither", "nor", "cannot");
    private static final Set<String> PRESENT_BE = Set.of("is", "are", "am", "'re", "'s", "remain", "remains");

    /**
     * What a sentence must contain for a cue to be possible: the stems of every cue word and of the verbs that continue
     * a cue ("continue", "begin"), and -ing for progressives.
     */
    private static final List<String> TRIGGERS = triggers();

    private Candidates() {
    }

    private static List<String> triggers() {
        Set<String> stems = new java.util.TreeSet<>(List.of("will", "shall", "'ll", "\u2019ll", "won't", "won\u2019t",
                "would", "going to", "committed", "commit", "to be", "view", "on track", "on course", "on schedule",
                "on target", "ing "));
        for (Set<String> words : List.of(INTENTION_VERBS, INTENTION_NOUNS, SCHEDULE_WORDS, CATENATIVE, ANNOUNCING)) {
            for (String word : words) {
                stems.add(word.length() > 5 ? word.substring(0, 5) : word);
            }
        }
        return List.copyOf(stems);
    }

    /** Whether a sentence, in lower case, holds a word a cue can start with; far cheaper than analysing it. */
    static boolean mayHoldCue(String lowerCase) {
        for (String stem : TRIGGERS) {
            if (lowerCase.contains(stem)) {
                return true;
            }
        }
        return lowerCase.endsWith("ing") || lowerCase.contains("ing,") || lowerCase.contains("ing.");
    }

    /** The candidates of a sentence, in order of their action's verb. */
    static List<Candidate> in(Sentence s) {
        List<Candidate> found = new ArrayList<>();
        boolean[] used = new boolean[s.size()];
        Subject previousSubject = Subject.none();
        for (int i = 0; i < s.size(); i++) {
            if (used[i]) {
                continue;
            }
            CueMatch cue = cueAt(s, i);
            if (cue == null) {
                continue;
            }
            VerbGroup group = cue.group() != null ? cue.group() : verbGroup(s, cue.groupFrom());
            if (group == null) {
                continue;
            }
            for (int k = i; k <= Math.min(group.last(), s.size() - 1); k++) {
                used[k] = true;
            }
            Subject subject = cue.cue() == Cue.NOMINAL ? possessor(s, i) : subject(s, cue.subjectBefore(), previousSubject);
            // "No household will have to pay" negates the subject, not the promise: that is subject().negative()
            boolean negated = group.negated();
            for (int k = Math.max(0, cue.subjectBefore()); k < i; k++) {
                negated |= NEGATIONS.contains(s.get(k).lower());
            }
            if (cue.cue() == Cue.NOMINAL) {
                // "no plans to": the intention is denied; "we have not made any plans to" likewise
                for (int k = i - 1; k >= Math.max(0, i - 4) && !s.get(k).isVerb(); k--) {
                    negated |= NEGATIONS.contains(s.get(k).lower());
                }
            }
            int clauseEnd = clauseEnd(s, group.last() + 1);
            List<Conjunct> conjuncts = conjuncts(s, group, clauseEnd, used);
            for (int c = 0; c < conjuncts.size(); c++) {
                Conjunct conjunct = conjuncts.get(c);
                int head = conjunct.head();
                int last = c == 0 ? group.last() : chainEnd(s, head);
                Voice voice = c == 0 ? group.voice() : group.voice() == Voice.PASSIVE && s.get(head).isParticiple()
                        ? Voice.PASSIVE : group.voice() == Voice.NOMINAL ? Voice.NOMINAL : Voice.ACTIVE;
                found.add(new Candidate(cue.cue(), cue.lemma(), i, head, last, voice, conjunct.actionEnd(),
                        conjunct.clauseEnd(), c, subject, negated, conjunct.ownModal()));
            }
            if (subject.from() >= 0) {
                previousSubject = subject;
            }
        }
        return found;
    }

    /**
     * A cue found at a token.
     *
     * @param groupFrom     where its verb group starts
     * @param subjectBefore the token before which its subject ends
     * @param group         the verb group when the cue makes its own (nominal cues), else null
     */
    private record CueMatch(Cue cue, String lemma, int groupFrom, int subjectBefore, VerbGroup group) {
    }

    /**
     * The verb group of an action.
     *
     * @param head the first verb of the action
     * @param last the last verb of its catenative chain, or the head
     */
    private record VerbGroup(int head, int last, Voice voice, boolean negated) {
    }

    private static CueMatch cueAt(Sentence s, int i) {
        Token t = s.get(i);
        String w = t.lower();
        int n = s.size();
        if (t.tagged("AUX") && (t.is("will", "shall") || w.equals("'ll") || w.equals("wo"))) {
            return new CueMatch(Cue.MODAL, w.equals("shall") ? "shall" : "will",
                    i + 1, beforeAuxiliaries(s, i), null);
        }
        if (w.equals("would") && t.tagged("AUX")) {
            return new CueMatch(Cue.WOULD, "would", i + 1, beforeAuxiliaries(s, i), null);
        }
        if (w.equals("going") && i + 2 < n && s.get(i + 1).lower().equals("to") && i > 0 && s.get(i - 1).is("be")) {
            return new CueMatch(Cue.GOING_TO, "going", i + 2, beforeAuxiliaries(s, i - 1), null);
        }
        if ((w.equals("committed") || t.is("commit")) && !t.isGerund()) {
            int to = skipAdverbs(s, i + 1);
            if (to < n && s.get(to).lower().equals("to") && to + 1 < n) {
                int object = to + 1;
                Token next = s.get(object);
                boolean verbal = next.isVerb() || next.isGerund();
                int subjectEnd = beforeAuxiliaries(s, i);
                if (verbal) {
                    return new CueMatch(Cue.COMMITTED, "committed", object, subjectEnd, null);
                }
                if (next.tagged("DET", "NOUN", "ADJ", "PROPN", "NUM", "PRON")) {
                    return new CueMatch(Cue.COMMITTED, "committed", object, subjectEnd,
                            new VerbGroup(object, object, Voice.NOMINAL, false));
                }
            }
        }
        if (t.isVerb() && INTENTION_VERBS.contains(t.lemma()) && !(t.isParticiple() && i > 0 && s.get(i - 1).is("be"))) {
            int to = skipAdverbs(s, i + 1);
            if (t.is("look") && to < n && s.get(to).lower().equals("forward")) {
                to = skipAdverbs(s, to + 1);
            }
            if (infinitiveAt(s, to)) {
                return new CueMatch(Cue.INTENTION, t.lemma(), to + 1, beforeAuxiliaries(s, i), null);
            }
        }
        if (t.isNoun() && INTENTION_NOUNS.contains(t.lemma())) {
            int k = i + 1;
            while (k < n && (s.get(k).tagged("AUX", "ADV") || s.get(k).is("remain", "continue") && s.get(k).isVerb())) {
                k++;
            }
            if (infinitiveAt(s, k)) {
                return new CueMatch(Cue.NOMINAL, t.lemma(), k + 1, i, null);
            }
        }
        if (SCHEDULE_WORDS.contains(w) && i + 1 < n) {
            int to = skipAdverbs(s, i + 1);
            if (infinitiveAt(s, to)) {
                return new CueMatch(Cue.SCHEDULED, w, to + 1, beforeAuxiliaries(s, i), null);
            }
            if (to + 1 < n && s.get(to).lower().equals("for") && !w.equals("set") && !w.equals("likely")
                    && s.get(to + 1).tagged("NOUN", "DET", "ADJ", "NUM", "PROPN")) {
                return new CueMatch(Cue.SCHEDULED_FOR, w, to + 1, beforeAuxiliaries(s, i),
                        new VerbGroup(i, to + 1, Voice.NOMINAL, false));
            }
            if (to < n && (w.equals("due") || w.equals("expected") || w.equals("planned") || w.equals("scheduled") || w.equals("projected"))
                    && i > 0 && s.get(i - 1).is("be") && s.get(to).tagged("ADP", "ADV", "DET") && !s.get(to).lower().equals("to")) {
                return new CueMatch(Cue.SCHEDULED_FOR, w, to, beforeAuxiliaries(s, i),
                        new VerbGroup(i, i, Voice.NOMINAL, false));
            }
        }
        if (w.equals("on") && i + 3 < n && TRACK_WORDS.contains(s.get(i + 1).lower())) {
            int to = i + 2;
            if (infinitiveAt(s, to)) {
                return new CueMatch(Cue.ON_TRACK, s.get(i + 1).lower(), to + 1, beforeAuxiliaries(s, i), null);
            }
            if (s.get(to).lower().equals("for")) {
                return new CueMatch(Cue.ON_TRACK, s.get(i + 1).lower(), to + 1, beforeAuxiliaries(s, i),
                        new VerbGroup(to + 1, to + 1, Voice.NOMINAL, false));
            }
        }
        if (w.equals("to") && i + 2 < n && s.get(i + 1).is("be") && s.get(i + 2).isVerb() && s.get(i + 2).isParticiple()) {
            return new CueMatch(Cue.TO_BE, "to be", i + 1, beforeAuxiliaries(s, i), null);
        }
        if (PRESENT_BE.contains(w) && (t.tagged("AUX") || t.is("remain"))) {
            int v = skipAdverbs(s, i + 1);
            if (v < n && s.get(v).isVerb() && s.get(v).isGerund() && !s.get(v).lower().equals("going")) {
                return new CueMatch(Cue.PROGRESSIVE, "be", v, beforeAuxiliaries(s, i), null);
            }
            if (v + 1 < n && s.get(v).lower().equals("being") && s.get(v + 1).isVerb()) {
                return new CueMatch(Cue.PROGRESSIVE, "being", v + 1, beforeAuxiliaries(s, i),
                        new VerbGroup(v + 1, chainEnd(s, v + 1), Voice.PASSIVE, false));
            }
        }
        if (t.is("continue") && t.isVerb() && !t.isParticiple() && !t.isGerund() && i + 2 < n
                && s.get(i + 1).lower().equals("to") && startsVerbGroup(s.get(i + 2))
                && !(i > 0 && (s.get(i - 1).lower().equals("to") || s.get(i - 1).tagged("AUX")))) {
            return new CueMatch(Cue.CONTINUE, "continue", i, beforeAuxiliaries(s, i),
                    new VerbGroup(i, chainEnd(s, i), Voice.ACTIVE, false));
        }
        if (w.equals("view") && i >= 2 && s.get(i - 2).lower().equals("with") && i + 2 < n
                && (s.get(i + 1).lower().equals("to") || s.get(i + 1).lower().equals("of")) && s.get(i + 2).isGerund()) {
            return new CueMatch(Cue.VIEW, "view", i + 2, i - 2, null);
        }
        if (t.isVerb() && ANNOUNCING.contains(t.lemma()) && t.isParticiple() && i > 0 && !s.get(i - 1).is("be")
                && i + 1 < n && s.get(i + 1).tagged("DET", "NUM", "SYM", "ADJ", "NOUN", "PROPN")
                && !s.get(i + 1).lower().equals("that")) {
            return new CueMatch(Cue.ANNOUNCED, t.lemma(), i + 1, beforeAuxiliaries(s, i),
                    new VerbGroup(i, i, Voice.NOMINAL, false));
        }
        return null;
    }

    private static boolean startsVerbGroup(Token t) {
        return t.isVerb() || t.tagged("AUX") || t.tagged("ADV");
    }

    /** The verb group that starts at {@code j}: adverbs and negation, then have / be / a verb. */
    private static VerbGroup verbGroup(Sentence s, int j) {
        int n = s.size();
        boolean negated = false;
        int k = j;
        while (k < n && (s.get(k).tagged("ADV", "PART") && !s.get(k).lower().equals("to")
                || s.get(k).lower().equals("all") || s.get(k).lower().equals("both") || s.get(k).lower().equals("each"))) {
            negated |= NEGATIONS.contains(s.get(k).lower());
            k++;
        }
        if (k >= n) {
            return null;
        }
        Token t = s.get(k);
        if (t.is("have") && t.tagged("AUX")) {
            int v = skipAdverbs(s, k + 1);
            if (v < n && s.get(v).lower().equals("been")) {
                int p = skipAdverbs(s, v + 1);
                if (p < n && s.get(p).isVerb()) {
                    return new VerbGroup(p, chainEnd(s, p), Voice.PASSIVE, negated);
                }
                return new VerbGroup(v, v, Voice.COPULA, negated);
            }
            if (v < n && s.get(v).isVerb()) {
                return new VerbGroup(v, chainEnd(s, v), Voice.PERFECT, negated);
            }
        }
        if (t.is("be") && (t.tagged("AUX") || t.isVerb())) {
            int v = skipAdverbs(s, k + 1);
            if (v < n && s.get(v).isVerb() && s.get(v).isGerund()) {
                return new VerbGroup(v, chainEnd(s, v), Voice.PROGRESSIVE, negated);
            }
            if (v < n && s.get(v).isVerb()) {
                return new VerbGroup(v, chainEnd(s, v), Voice.PASSIVE, negated);
            }
            if (v + 2 < n && s.get(v).lower().equals("able") && s.get(v + 1).lower().equals("to")) {
                int p = skipAdverbs(s, v + 2);
                if (p < n && s.get(p).isVerb()) {
                    return new VerbGroup(p, chainEnd(s, p), Voice.ABLE, negated);
                }
            }
            return new VerbGroup(k, k, Voice.COPULA, negated);
        }
        if (t.isVerb() || t.is("have", "do") || t.lower().equals("need")) {
            return new VerbGroup(k, chainEnd(s, k), Voice.ACTIVE, negated);
        }
        return null;
    }

    /** The last verb of a catenative chain from {@code head}: "continue to work with ... to": work. */
    private static int chainEnd(Sentence s, int head) {
        int last = head;
        int guard = 0;
        while (guard++ < 4 && CATENATIVE.contains(s.get(last).lemma())) {
            int to = skipAdverbs(s, last + 1);
            if (s.get(last).is("look") && to < s.size() && s.get(to).lower().equals("forward")) {
                to = skipAdverbs(s, to + 1);
            }
            if (to + 1 < s.size() && s.get(to).lower().equals("to") && (s.get(to + 1).isVerb() || s.get(to + 1).is("be"))) {
                last = to + 1;
                if (s.get(last).is("be") && last + 1 < s.size() && s.get(last + 1).isVerb()) {
                    last++;
                }
            } else {
                break;
            }
        }
        return last;
    }

    /** "to" at {@code k} and a verb group after it: "plans to publish", "due to be handed back". */
    private static boolean infinitiveAt(Sentence s, int k) {
        return k + 1 < s.size() && s.get(k).lower().equals("to") && startsVerbGroup(s.get(k + 1));
    }

    private static int skipAdverbs(Sentence s, int k) {
        while (k < s.size() && s.get(k).tagged("ADV") && !s.get(k).lower().equals("to") && !WH_WORDS.contains(s.get(k).lower())) {
            k++;
        }
        return k;
    }

    /** The token before which a cue's subject ends: before "is", "are", "has been", "remains" and adverbs. */
    private static int beforeAuxiliaries(Sentence s, int cue) {
        int k = cue - 1;
        while (k >= 0 && (s.get(k).tagged("AUX", "ADV") || s.get(k).is("remain", "be", "have") || NEGATIONS.contains(s.get(k).lower()))) {
            k--;
        }
        return k + 1;
    }

    /**
     * Where the clause of an action ends: a semicolon or colon, a relative or adverbial clause, or a new clause with
     * its own subject ("..., and we will").
     */
    static int clauseEnd(Sentence s, int from) {
        for (int k = from; k < s.size(); k++) {
            Token t = s.get(k);
            String w = t.lower();
            if (w.equals(";") || w.equals(":") || w.equals("\u2013") || w.equals("\u2014")) {
                return k;
            }
            if (CLAUSE_OPENERS.contains(w) && (t.tagged("SCONJ", "PRON") || w.equals("which") || w.equals("who"))
                    && !(w.equals("that") && k > 0 && s.get(k - 1).isVerb())) {
                return k;
            }
            if (w.equals("that") && k > 0 && s.get(k - 1).isNoun() && k + 1 < s.size() && s.get(k + 1).tagged("AUX", "VERB")) {
                return k; // "a consultation that will help": a relative clause, whatever the tagger called "that"
            }
            if (w.equals(",") && k + 1 < s.size() && CLAUSE_OPENERS.contains(s.get(k + 1).lower())) {
                return k;
            }
            if (w.equals(",") && k + 1 < s.size() && isFinite(s.get(k + 1))) {
                return k; // "The strategy, due to be published soon, sets out ...": the main clause resumes
            }
            if ((t.tagged("CCONJ") || w.equals(",")) && k + 2 < s.size() && startsClause(s, k + 1)) {
                return k; // "..., and we will", "Whilst we will not ..., we are committed to"
            }
        }
        return s.size();
    }

    /** A verb in the third person or a finite auxiliary: "sets", "is", "has", "will". */
    private static boolean isFinite(Token t) {
        if (t.tagged("AUX")) {
            return !t.lower().equals("be") && !t.lower().equals("being") && !t.lower().equals("been");
        }
        String w = t.lower();
        return t.isVerb() && (w.equals(t.lemma() + "s") || w.equals(t.lemma() + "es"));
    }

    /**
     * A pronoun followed by a verb, or a noun phrase followed by a finite auxiliary: "we will", "the Department has",
     * "HM Treasury will", "copies of the report will", "a further, updated, impact assessment will".
     */
    private static boolean startsClause(Sentence s, int k) {
        Token t = s.get(k);
        if (t.tagged("PRON") && t.is("we", "i", "they", "it", "he", "she", "this", "these") && k + 1 < s.size()
                && s.get(k + 1).tagged("AUX", "VERB")) {
            return true;
        }
        if (t.tagged("DET") && t.lower().equals("the")) {
            for (int j = k + 1; j < Math.min(s.size(), k + 6); j++) {
                if (s.get(j).tagged("AUX")) {
                    return true;
                }
                if (!s.get(j).tagged("NOUN", "PROPN", "ADJ", "ADP", "DET")) {
                    break;
                }
            }
        }
        if (!t.tagged("DET", "NOUN", "PROPN", "ADJ", "NUM") || t.lower().equals("that")) {
            return false;
        }
        // a noun phrase and a modal: "a and b are" may be a coordinated subject, "b will" is a clause of its own
        boolean noun = false;
        for (int j = k; j < Math.min(s.size(), k + 10); j++) {
            Token u = s.get(j);
            if (u.tagged("AUX")) {
                return noun && u.is("will", "shall", "would", "must");
            }
            if (u.tagged("NOUN", "PROPN")) {
                noun = true;
            } else if (!(u.tagged("ADJ", "ADP", "DET", "NUM", "PART") || u.lower().equals(",") && j > k && s.get(j - 1).tagged("DET", "ADJ"))) {
                return false;
            }
        }
        return false;
    }

    /** One coordinated action: its verb, where its words and its clause end, whether it has a modal of its own. */
    private record Conjunct(int head, int actionEnd, int clauseEnd, boolean ownModal) {
    }

    /**
     * The coordinated actions of a verb group. A split needs a conjunction or comma followed by a verb of the same
     * form; nothing after a purpose or means clause is split off.
     */
    private static List<Conjunct> conjuncts(Sentence s, VerbGroup group, int clauseEnd, boolean[] used) {
        List<Conjunct> heads = new ArrayList<>();
        int head = group.head();
        int actionEnd = -1;
        boolean ownModal = false;
        boolean purpose = false;
        Token headToken = s.get(group.head());
        for (int k = group.last() + 1; k < clauseEnd; k++) {
            Token t = s.get(k);
            String w = t.lower();
            // "activity to amplify messaging": an infinitive after the object opens a purpose, whatever the tagger made of it
            boolean infinitive = w.equals("to") && k + 1 < clauseEnd && k > group.last() + 1 && !WH_WORDS.contains(s.get(k - 1).lower())
                    && (s.get(k + 1).isVerb() || s.get(k + 1).tagged("NOUN", "ADJ") && Character.isLowerCase(s.get(k + 1).text().charAt(0))
                    && !s.get(k - 1).tagged("ADJ", "ADV", "ADP") && !adjectiveOfNoun(s, k + 1));
            boolean means = (w.equals("by") || w.equals("through")) && k + 1 < clauseEnd && s.get(k + 1).isGerund();
            boolean so = w.equals("so") && k + 1 < clauseEnd && s.get(k + 1).lower().equals("that");
            boolean absolute = w.equals("with") && absoluteClause(s, k + 1, clauseEnd);
            boolean order = w.equals("in") && k + 2 < clauseEnd && s.get(k + 1).lower().equals("order");
            if (!purpose && (infinitive || means || so || order || absolute)) {
                purpose = true;
                if (actionEnd < 0) {
                    actionEnd = k;
                }
            }
            if (purpose || group.voice() == Voice.NOMINAL && !headToken.isVerb()) {
                continue;
            }
            if (!(t.tagged("CCONJ") && (w.equals("and") || w.equals("or")) || w.equals(","))) {
                continue;
            }
            int m = k + 1;
            boolean modal = false;
            boolean denied = false;
            while (m < clauseEnd && (s.get(m).tagged("CCONJ", "ADV") || s.get(m).lower().equals("to")
                    || s.get(m).tagged("AUX") && s.get(m).is("will", "shall") || s.get(m).lower().equals("'ll")
                    || modal && NEGATIONS.contains(s.get(m).lower()))) {
                modal |= s.get(m).tagged("AUX");
                denied |= NEGATIONS.contains(s.get(m).lower());
                m++;
            }
            if (m >= clauseEnd || m == k + 1 && w.equals(",") && !s.get(m).isGerund() && !s.get(m).isVerb()
                    && !knownVerb(s, m, clauseEnd)) {
                continue;
            }
            if (w.equals(",") && s.get(k + 1).lower().equals("to")) {
                purpose = true; // ", to help inform students": a purpose, not a second action
                if (actionEnd < 0) {
                    actionEnd = k;
                }
                continue;
            }
            Token verb = s.get(m);
            boolean intention = verb.isVerb() && INTENTION_VERBS.contains(verb.lemma()) && m + 1 < clauseEnd
                    && s.get(m + 1).lower().equals("to"); // "... and expect to publish it": a cue of its own
            if (intention || modal && w.equals("and") && verb.isVerb() && (denied || !sameForm(headToken, verb, group.voice()))) {
                // "will be published in early 2020 and will set out a framework", "will be forward looking and will
                // not recommend": a second verb group of its own, with its own negation
                heads.add(new Conjunct(head, actionEnd < 0 ? k : actionEnd, k, ownModal));
                return heads;
            }
            boolean adjectives = verb.tagged("ADJ") && s.get(k - 1).tagged("ADJ"); // "in a safe and secure way"
            if (!(verb.isVerb() || !adjectives && knownVerb(s, m, clauseEnd)) || !sameForm(headToken, verb, group.voice())) {
                continue;
            }
            heads.add(new Conjunct(head, actionEnd < 0 ? k : actionEnd, k, ownModal));
            for (int u = k; u <= m; u++) {
                used[u] = true;
            }
            head = m;
            actionEnd = -1;
            ownModal = modal;
            k = chainEnd(s, m);
        }
        heads.add(new Conjunct(head, actionEnd < 0 ? clauseEnd : actionEnd, clauseEnd, ownModal));
        return heads;
    }

    /** "write to local authorities": an adjective before its noun, not a verb the tagger missed ("to secure funding"). */
    private static boolean adjectiveOfNoun(Sentence s, int k) {
        return s.get(k).tagged("ADJ") && k + 1 < s.size() && s.get(k + 1).isNoun() && Lexicon.verbFamilies(s.get(k).lower()).isEmpty();
    }

    /** A verb the tagger called a noun, known to the lexicon and followed by its object: ", commence Fixed Wing Trials". */
    private static boolean knownVerb(Sentence s, int m, int clauseEnd) {
        Token verb = s.get(m);
        return !verb.isVerb() && verb.tagged("NOUN", "ADJ", "ADP") && Character.isLowerCase(verb.text().charAt(0))
                && !Lexicon.verbFamilies(verb.lower()).isEmpty() && m + 1 < clauseEnd
                && !s.get(m + 1).tagged("ADP", "PUNCT", "AUX", "CCONJ");
    }

    /** "with copies available in the Vote Office", "with implementation expected in 2024": a noun and its predicate. */
    private static boolean absoluteClause(Sentence s, int from, int to) {
        int k = from;
        while (k < to && s.get(k).tagged("DET", "NUM", "ADJ") && !s.get(k).lower().equals("due")) {
            k++;
        }
        int nouns = k;
        while (k < to && s.get(k).isNoun()) {
            k++;
        }
        return k > nouns && k < to && (s.get(k).tagged("ADJ") || s.get(k).lower().equals("due")
                || s.get(k).isVerb() && (s.get(k).isParticiple() || s.get(k).isGerund()));
    }

    private static boolean sameForm(Token head, Token verb, Voice voice) {
        if (voice == Voice.PASSIVE) {
            return verb.isParticiple();
        }
        if (head.isGerund() || voice == Voice.PROGRESSIVE) {
            return verb.isGerund();
        }
        return !verb.isGerund() && (!verb.isParticiple() || verb.lower().equals(verb.lemma()));
    }

    /** The subject of a cue: the noun phrase that ends just before {@code end}, else the one of an earlier clause. */
    private static Subject subject(Sentence s, int end, Subject previous) {
        // "A final decision on whether to proceed (with the project) will be made": the noun phrase goes on past its
        // complement
        for (int q = end - 3; q >= Math.max(1, end - 10); q--) {
            if (QUESTION_WORDS.contains(s.get(q).lower()) && ABOUT.contains(s.get(q - 1).lower())
                    && s.get(q + 1).lower().equals("to") && s.get(q + 2).isVerb() && complement(s, q + 3, end)) {
                end = q - 1;
                break;
            }
        }
        int k = end - 1;
        // "I will inform the House of the outcome and copies of the report will be placed": after a verb, "and"
        // opens a clause of its own; before any, it joins a subject ("NHS England and NHS Improvement will")
        while (k >= 0 && isNounPhraseWord(s, k) && !(s.get(k).tagged("CCONJ") && verbBefore(s, k))) {
            k--;
        }
        int from = k + 1;
        if (from < end && k > 0 && s.get(k).lower().equals(",") && allNounPhrase(s, 0, k)) {
            from = 0; // "My hon. Friend, the Parliamentary Under-Secretary of State (George Eustice), will represent"
        }
        if (from >= end && k >= 0 && RELATIVES.contains(s.get(k).lower()) && s.get(k).tagged("PRON", "SCONJ", "DET")
                && k > 0 && (s.get(k - 1).isNoun() || s.get(k - 1).lower().equals(","))) {
            return new Subject(k, k + 1, k, SubjectClass.RELATIVE, s.get(k).lower(), false, false); // "trams, which will"
        }
        if (from >= end && k > 0 && s.get(k).lower().equals(",") && isNounPhraseWord(s, k - 1)
                && (k + 1 >= s.size() || !s.get(k + 1).tagged("AUX"))) {
            return subject(s, k, previous); // "The strategy, due to be published soon": the phrase before the comma
        }
        if (from >= end) {
            boolean continues = k < 0 || s.get(k).tagged("CCONJ") || s.get(k).lower().equals(",");
            if (continues && previous.from() >= 0) {
                return previous.inherited(false);
            }
            Subject first = firstSubject(s, end);
            if (first != null) {
                return first;
            }
            return Subject.none();
        }
        int head = -1;
        for (int j = from; j < end; j++) {
            Token t = s.get(j);
            if (t.tagged("ADP") && head >= 0) {
                break;
            }
            if (t.isNoun() || t.tagged("PRON", "NUM")) {
                head = j;
            }
        }
        if (head < 0) {
            head = end - 1;
        }
        boolean negative = false;
        for (int j = from; j < end; j++) {
            negative |= s.get(j).lower().equals("no") || s.get(j).lower().equals("none") || s.get(j).lower().equals("nobody");
        }
        return new Subject(from, end, head, Lexicon.subjectClass(s, from, end, head), s.get(head).lemma(), false, negative);
    }

    private static boolean isNounPhraseWord(Sentence s, int k) {
        Token t = s.get(k);
        String w = t.lower();
        if (RELATIVES.contains(w) && t.tagged("PRON", "SCONJ", "DET") && !w.equals("that")) {
            return false;
        }
        if (w.equals("that") && t.tagged("SCONJ")) {
            return false;
        }
        if (w.equals(".") && k > 0 && ABBREVIATED_TITLES.contains(s.get(k - 1).lower())) {
            return true; // "My hon. Friend"
        }
        if (t.tagged("NOUN", "PROPN", "PRON", "DET", "ADJ", "NUM", "SYM") || w.equals("'s") || w.equals("'")
                || w.equals("-") || w.equals("(") || w.equals(")") || w.equals("\u00a3") || w.equals("$") || w.equals("\u20ac")) {
            return true;
        }
        if (QUANTIFIERS.contains(w) && k + 1 < s.size() && (s.get(k + 1).tagged("NUM") || "\u00a3$\u20ac".contains(s.get(k + 1).lower())
                || QUANTIFIERS.contains(s.get(k + 1).lower()))) {
            return true; // "around £2 billion", "more than 500"
        }
        if (t.tagged("ADP", "SCONJ") && (w.equals("of") || w.equals("for") || w.equals("on")) && k > 0 && (s.get(k - 1).isNoun()
                || k > 1 && s.get(k - 1).isGerund() && s.get(k - 2).tagged("DET"))) {
            return true; // "details of the scheme", "the funding for local authorities"
        }
        // "NHS England and NHS Improvement", "Business, Innovation and Skills"; "... trials and the ship" starts a clause
        return t.tagged("CCONJ") && w.equals("and") && k > 0 && k + 1 < s.size() && s.get(k - 1).isNoun()
                && s.get(k + 1).tagged("NOUN", "PROPN", "ADJ");
    }

    /**
     * Whose intention a nominal cue names: its possessor ("our commitment": we; "the Government's plans": the
     * Government; "its pledge": whatever "its" stands for), or none ("the current intention", "commitments to").
     */
    private static Subject possessor(Sentence s, int noun) {
        int k = noun - 1;
        while (k >= 0 && s.get(k).tagged("ADJ", "NOUN", "NUM") && !s.get(k).lower().equals("'s")) {
            k--;
        }
        if (k < 0) {
            return Subject.none();
        }
        Token t = s.get(k);
        if (t.tagged("PRON")) {
            SubjectClass c = switch (t.lower()) {
                case "our", "my" -> SubjectClass.WE;
                case "its", "their", "his", "her" -> SubjectClass.PRONOUN;
                default -> SubjectClass.NONE;
            };
            return new Subject(k, k + 1, k, c, t.lower(), false, false);
        }
        if (t.lower().equals("'s") && k > 0) {
            int from = k - 1;
            while (from > 0 && s.get(from - 1).tagged("NOUN", "PROPN", "ADJ", "DET")) {
                from--;
            }
            return new Subject(from, k, k - 1, Lexicon.subjectClass(s, from, k, k - 1), s.get(k - 1).lemma(), false, false);
        }
        return Subject.none();
    }

    /** Whether a verb or an auxiliary comes before token {@code k}. */
    private static boolean verbBefore(Sentence s, int k) {
        for (int j = 0; j < k; j++) {
            if (s.get(j).isVerb() || s.get(j).tagged("AUX")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the words between an infinitive and the cue are its object or a phrase of a preposition. */
    private static boolean complement(Sentence s, int from, int to) {
        for (int j = from; j < to; j++) {
            if (!isNounPhraseWord(s, j) && !s.get(j).tagged("ADP")) {
                return false;
            }
        }
        return true;
    }

    /** Whether every token of {@code [from, to)} belongs to a noun phrase, commas between them allowed. */
    private static boolean allNounPhrase(Sentence s, int from, int to) {
        for (int j = from; j < to; j++) {
            if (!isNounPhraseWord(s, j) && !s.get(j).lower().equals(",")) {
                return false;
            }
        }
        return true;
    }

    /** The class of the noun phrase that opens a sentence as its subject, or NONE. */
    static SubjectClass mainSubject(Sentence s) {
        Subject first = firstSubject(s, s.size());
        return first == null ? SubjectClass.NONE : first.subjectClass();
    }

    private static Subject firstSubject(Sentence s, int before) {
        int from = 0;
        while (from < before && !(s.get(from).isNoun() || s.get(from).tagged("PRON", "DET"))) {
            from++;
        }
        int to = from;
        while (to < before && isNounPhraseWord(s, to)) {
            to++;
        }
        if (to <= from || to >= before || !(s.get(to).tagged("AUX", "VERB") || s.get(to).lower().equals(","))) {
            return null;
        }
        Subject found = subject(s, to, Subject.none());
        return found.inherited(found.negative());
    }
}
