package org.commitmenttracker.commitments.extraction;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.commitmenttracker.commitments.extraction.Analyser.Sentence;
import org.commitmenttracker.commitments.extraction.Analyser.Token;
import org.commitmenttracker.commitments.extraction.Candidates.Candidate;
import org.commitmenttracker.commitments.extraction.Candidates.Cue;
import org.commitmenttracker.commitments.extraction.Candidates.SubjectClass;

/**
 * The promised deed of a candidate, worded as staff would write it: the verb's base form and its object ("publish the
 * aviation strategy"). A passive becomes active with its subject as the object ("the strategy will be published":
 * publish the strategy; "a further eight due to be handed back": hand back a further eight); "it", "this" and "they"
 * are replaced by what they stand for, found in the sentence or the one before; the time expression that gave the
 * deadline is left out, and so is a purpose clause.
 */
final class Actions {

    private static final int MAX_WORDS = 20;
    private static final Set<String> PARTICLES = Set.of("back", "out", "up", "forward", "down", "off", "ahead");
    /** Verbs whose subject can be their object: "work will begin" is "begin work". */
    private static final Set<String> ERGATIVE = Set.of("open", "close", "begin", "start", "finish", "end", "complete",
            "launch", "commence", "resume", "reopen", "increase", "rise", "double", "halve", "fall", "expand", "grow",
            "change", "move", "stop", "cease", "run", "conclude", "operate", "proceed", "continue", "roll");
    private static final Set<String> PRONOUNS = Set.of("it", "this", "these", "they", "them", "those", "that");
    private static final int MAX_SUBJECT_WORDS = 24;
    private static final int SHORT_SUBJECT_WORDS = 12;
    private static final Set<String> QUANTITY_ADVERBS = Set.of("further", "more", "additional");
    private static final Set<String> DEMONSTRATIVES = Set.of("this", "these", "that", "those");
    /** Words after a verb that show its object is not next: prepositions, time adverbs, the nouns of fixed phrases. */
    private static final Set<String> NOT_OBJECTS = Set.of("in", "into", "on", "by", "from", "at", "to", "for", "with",
            "within", "until", "before", "after", "over", "during", "as", "when", "later", "soon", "shortly", "next", "this",
            "effect", "service", "force", "place", "operation");
    private static final Set<String> OPENING_DETERMINERS = Set.of("The", "A", "An", "This", "These", "Those", "Our", "Its",
            "Their", "Any", "All", "Every", "Each", "Some", "New", "Further", "No");
    /** Prepositions that join a noun to the noun phrase it heads: "review of bus fares", "guidance for landlords". */
    private static final Set<String> NOUN_LINKS = Set.of("of", "for", "on");
    private static final Map<String, String> NOUN_VERBS = Map.of("publication", "publish", "release", "release",
            "launch", "launch", "completion", "complete", "delivery", "deliver", "opening", "open", "introduction",
            "introduce", "implementation", "implement", "consultation", "consult on");
    /** Verbs whose object, left unsaid, is the matter just named, with the preposition they take. */
    private static final Map<String, String> IMPLIED_OBJECT = Map.of("respond", "respond to", "report", "report on",
            "consult", "consult on", "advise", "advise on", "comment", "comment on", "decide", "decide on", "reply",
            "reply to", "follow", "follow up on", "update", "update on");

    private static final Pattern TRAILING = Pattern.compile(
            "(?i)(?:[\\s,;:.\u2013\u2014(-]+|\\s+(?:and|or|but|of|the|to|for|with|in|on|by|a|an|as|at|from|which|that|who|including))+$");
    private static final Pattern LEADING = Pattern.compile("(?i)^(?:to|and|or|also|then|now)\\s+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\p{Punct}\\s]+$");

    private final Sentence sentence;
    private final Sentence previous;

    Actions(Sentence sentence, Sentence previous) {
        this.sentence = sentence;
        this.previous = previous;
    }

    String of(Candidate c, String deadlineText) {
        Token head = sentence.get(c.head());
        String rest = sentence.text(c.head() + 1, Math.max(c.head() + 1, c.actionEnd()));
        String action = switch (c.voice()) {
            case PASSIVE -> passive(c, head, rest);
            case COPULA -> c.subject().subjectClass() == SubjectClass.THERE ? rest : subjectText(c) + " to be " + rest;
            case NOMINAL -> nominal(c, rest);
            default -> {
                String relative = relativeObject(c, head, rest, deadlineText);
                yield relative != null ? relative : withSubject(c, head, resolveObject(c, rest), deadlineText);
            }
        };
        if (deadlineText != null && !deadlineText.isBlank()) {
            action = action.replace(deadlineText, " ");
        }
        return tidy(action);
    }

    /**
     * An action whose doer is not the government names its subject: "work on the centre is planned to begin in 2026"
     * is "begin work on the centre"; "the scheme would come into force" is "the new scheme to come into force".
     */
    private String withSubject(Candidate c, Token head, String rest, String deadlineText) {
        SubjectClass subject = c.subject().subjectClass();
        boolean speaker = subject == SubjectClass.WE || subject == SubjectClass.GOVERNMENT || subject == SubjectClass.NONE
                || c.subject().from() < 0 || c.cue() == Cue.NOMINAL || c.cue() == Cue.COMMITTED;
        if (speaker || subject == SubjectClass.PRONOUN && referentPhrase(c) == null) {
            return withImpliedObject(c, head, rest, deadlineText);
        }
        String object = subjectText(c);
        String remaining = withoutDeadline(rest, deadlineText);
        if (!remaining.isEmpty() && startsWithObject(remaining)) {
            return head.lemma() + " " + rest;
        }
        return ERGATIVE.contains(head.lemma()) ? head.lemma() + " " + object + " " + rest : object + " to " + head.lemma() + " " + rest;
    }

    /**
     * "which the Government will report on", "on which we will consult", "an advisory group, which I will oversee": the
     * relative pronoun is the verb's object, so the action takes what it stands for ("report on the state pension age
     * review", "consult on draft regulations and guidance", "oversee an advisory group").
     */
    private String relativeObject(Candidate c, Token head, String rest, String deadlineText) {
        int from = c.subject().from();
        if (from < 2 || c.subject().subjectClass() == SubjectClass.RELATIVE || c.cue() == Cue.NOMINAL) {
            return null;
        }
        Token relative = sentence.get(from - 1);
        int before = from - 2;
        boolean which = relative.lower().equals("which") || relative.lower().equals("whom");
        boolean that = relative.lower().equals("that") && sentence.get(before).isNoun();
        if (!which && !that) {
            return null;
        }
        String preposition = "";
        if (which && sentence.get(before).tagged("ADP")) {
            preposition = sentence.get(before).lower() + " ";
            before--;
        }
        if (before >= 0 && sentence.get(before).lower().equals(",")) {
            before--;
        }
        if (before < 0 || !sentence.get(before).isNoun()) {
            return null;
        }
        int after = c.head() + 1;
        boolean stranded = preposition.isEmpty() && after < c.actionEnd() && sentence.get(after).tagged("ADP", "ADV", "PART")
                && (after + 1 >= sentence.size() || !sentence.get(after + 1).tagged("DET", "NOUN", "PROPN", "NUM", "ADJ", "PRON"));
        if (stranded) { // "which the Government will report on by May 2017"
            preposition = sentence.get(after).lower() + " ";
            rest = sentence.text(after + 1, Math.max(after + 1, c.actionEnd()));
        }
        String remaining = withoutDeadline(rest, deadlineText);
        if (!remaining.isEmpty() && startsWithObject(remaining)) {
            return null;
        }
        int[] np = nounPhrase(sentence, before);
        while (np[0] >= 2 && NOUN_LINKS.contains(sentence.get(np[0] - 1).lower()) && sentence.get(np[0] - 2).isNoun()) {
            np[0] = nounPhrase(sentence, np[0] - 2)[0]; // "an independent review of bus fares, which ..."
        }
        return head.lemma() + " " + preposition + lowerFirst(sentence.text(np[0], np[1])) + " " + rest;
    }

    /**
     * "The final report will be published in autumn, at which point the government will respond": a verb left without
     * its object takes the subject of the sentence's first clause, or the document or programme named last.
     */
    private String withImpliedObject(Candidate c, Token head, String rest, String deadlineText) {
        String action = head.lemma() + " " + rest;
        String verb = IMPLIED_OBJECT.get(head.lemma());
        if (verb == null || !withoutDeadline(rest, deadlineText).isEmpty()) {
            return action;
        }
        String matter = earlierSubject(c);
        if (matter == null) {
            matter = objectReferent(c);
        }
        return matter == null ? action : verb + " " + lowerFirst(matter) + " " + rest;
    }

    /**
     * The subject of the sentence's first clause, when the sentence opens with it and it is not the government's:
     * the words up to its first auxiliary or finite verb ("The Review's final report and recommendations").
     */
    private String earlierSubject(Candidate c) {
        int end = c.subject().from() < 0 ? c.cueFrom() : c.subject().from();
        if (end <= 0 || !sentence.get(0).tagged("DET", "ADJ", "NOUN", "PROPN", "NUM")) {
            return null;
        }
        int noun = -1;
        for (int k = 0; k < Math.min(end, MAX_SUBJECT_WORDS); k++) {
            Token t = sentence.get(k);
            if (t.tagged("PUNCT")) {
                return null;
            }
            boolean verb = t.tagged("AUX") || t.tagged("VERB") && !sentence.get(k - 1).tagged("ADP", "DET", "PART");
            if (verb && noun >= 0) {
                SubjectClass kind = Lexicon.subjectClass(sentence, 0, noun + 1, noun);
                if (kind == SubjectClass.GOVERNMENT || kind == SubjectClass.WE) {
                    return null;
                }
                int to = k;
                for (int j = noun + 1; k > SHORT_SUBJECT_WORDS && j < k; j++) {
                    if (sentence.get(j).tagged("ADP")) { // "The planned timetable and details for completing ..."
                        to = j;
                        break;
                    }
                }
                return sentence.text(0, to);
            }
            if (t.isNoun() && noun < 0) {
                noun = k;
            }
        }
        return null;
    }

    private static String withoutDeadline(String rest, String deadlineText) {
        String r = deadlineText == null || deadlineText.isBlank() ? rest : rest.replace(deadlineText, " ");
        return TRAILING_PUNCTUATION.matcher(SPACES.matcher(r).replaceAll(" ")).replaceAll("").strip();
    }

    /** Whether the words after a verb begin with its object rather than a preposition or adverb. */
    private static boolean startsWithObject(String rest) {
        String first = rest.split(" ", 2)[0].toLowerCase(Locale.ROOT);
        return !NOT_OBJECTS.contains(first);
    }

    /** "will be handed back": the particle goes with the verb ("hand back a further eight"), before the object. */
    private String passive(Candidate c, Token head, String rest) {
        int next = c.head() + 1;
        if (next < c.actionEnd() && PARTICLES.contains(sentence.get(next).lower()) && sentence.get(next).tagged("ADP", "ADV", "PART")) {
            return head.lemma() + " " + sentence.get(next).text() + " " + subjectText(c) + " "
                    + sentence.text(next + 1, Math.max(next + 1, c.actionEnd()));
        }
        return head.lemma() + " " + subjectText(c) + " " + rest;
    }

    private String nominal(Candidate c, String rest) {
        Token head = sentence.get(c.head());
        if (c.cue() == Cue.SCHEDULED_FOR) {
            String noun = sentence.get(Math.min(c.last(), sentence.size() - 1)).lemma();
            String verb = NOUN_VERBS.getOrDefault(noun, "deliver");
            return verb + " " + subjectText(c);
        }
        if (c.cue() == Cue.ANNOUNCED) {
            return rest;
        }
        return head.text() + " " + rest;
    }

    /** The subject as the object of an active verb: "The final report" becomes "the final report". */
    private String subjectText(Candidate c) {
        Candidates.Subject subject = c.subject();
        if (subject.from() < 0) {
            return "";
        }
        if (DEMONSTRATIVES.contains(subject.headLemma())) {
            String referent = objectReferent(c); // "these will be published": the allocations just named
            if (referent != null) {
                return lowerFirst(referent);
            }
        }
        if (subject.subjectClass() == SubjectClass.PRONOUN || subject.subjectClass() == SubjectClass.RELATIVE) {
            String referent = referent(c);
            if (referent != null) {
                return lowerFirst(referent);
            }
        }
        int from = subject.from();
        if (from > 0 && sentence.get(from - 1).tagged("ADV", "ADJ") && QUANTITY_ADVERBS.contains(sentence.get(from - 1).lower())) {
            from--; // "Further updates will be made": make further updates
        }
        String text = sentence.text(from, subject.to());
        return from == 0 && !sentence.get(0).tagged("PROPN") ? lowerFirstWord(text) : lowerFirst(text);
    }

    /** "Work on the new centre" opening a sentence becomes "work on the new centre"; "NHS England" stays. */
    private static String lowerFirstWord(String s) {
        String[] words = s.split(" ", 2);
        String first = words[0];
        boolean acronym = first.length() > 1 && first.chars().skip(1).anyMatch(Character::isUpperCase);
        String lowered = acronym ? first : first.toLowerCase(Locale.ROOT);
        return words.length > 1 ? lowered + " " + words[1] : lowered;
    }

    /** "publish it by the summer": publish the strategy. */
    private String resolveObject(Candidate c, String rest) {
        String[] words = rest.strip().split(" ", 2);
        if (words.length > 0 && (words[0].equals("it") || words[0].equals("them"))) {
            String referent = objectReferent(c);
            if (referent != null) {
                return lowerFirst(referent) + (words.length > 1 ? " " + words[1] : "");
            }
        }
        return rest;
    }

    /**
     * The class of what a pronoun subject stands for, or null: "it" and "they" stand for a noun phrase of the sentence
     * or the one before; "this" and "these" most often for what was said, so they are left as they are.
     */
    String referentClass(Candidate c) {
        Candidates.Subject subject = c.subject();
        if (subject.subjectClass() != SubjectClass.PRONOUN && subject.subjectClass() != SubjectClass.RELATIVE
                || DEMONSTRATIVES.contains(subject.headLemma())) {
            return null;
        }
        int[] np = referentPhrase(c);
        if (np == null) {
            return null;
        }
        Sentence s = np[3] == 1 ? previous : sentence;
        return Lexicon.subjectClass(s, np[0], np[1], np[2]).name();
    }

    private String referent(Candidate c) {
        int[] np = referentPhrase(c);
        if (np == null) {
            return null;
        }
        Sentence s = np[3] == 1 ? previous : sentence;
        return s.text(np[0], np[1]);
    }

    /**
     * What a subject pronoun stands for, as {from, to, head, in previous sentence}: for "which", the noun phrase just
     * before it; for "it" or "they", the subject of an earlier clause of the sentence, else of the sentence before.
     */
    private int[] referentPhrase(Candidate c) {
        int pronoun = c.subject().head();
        if (c.subject().subjectClass() == SubjectClass.RELATIVE) {
            for (int k = pronoun - 1; k >= 0; k--) {
                if (sentence.get(k).isNoun()) {
                    int[] np = nounPhrase(sentence, k);
                    return new int[] {np[0], np[1], k, 0};
                }
            }
            return null;
        }
        for (int k = 0; k < c.subject().from(); k++) {
            Token t = sentence.get(k);
            if (t.isNoun() && k + 1 < sentence.size()) {
                int[] np = nounPhrase(sentence, k);
                if (np[1] < sentence.size() && sentence.get(np[1]).tagged("AUX", "VERB")) {
                    return new int[] {np[0], np[1], np[2], 0};
                }
            }
        }
        if (previous != null) {
            for (int k = 0; k < previous.size(); k++) {
                if (previous.get(k).isNoun()) {
                    int[] np = nounPhrase(previous, k);
                    return new int[] {np[0], np[1], np[2], 1};
                }
            }
        }
        return null;
    }

    /** The nearest noun phrase before the cue (or in the sentence before) headed by a document, programme or works. */
    private String objectReferent(Candidate c) {
        for (int k = c.cueFrom() - 1; k >= 0; k--) {
            if (sentence.get(k).isNoun() && Lexicon.nounFamily(sentence.get(k).lemma()) != null) {
                int[] np = nounPhrase(sentence, k);
                return sentence.text(np[0], np[1]);
            }
        }
        if (previous != null) {
            for (int k = previous.size() - 1; k >= 0; k--) {
                if (previous.get(k).isNoun() && Lexicon.nounFamily(previous.get(k).lemma()) != null) {
                    int[] np = nounPhrase(previous, k);
                    return previous.text(np[0], np[1]);
                }
            }
        }
        return null;
    }

    /** The noun phrase around the noun at {@code k}: {from, to, head}; "the Government's new aviation strategy". */
    private static int[] nounPhrase(Sentence s, int k) {
        int from = k;
        while (from > 0 && (s.get(from - 1).tagged("DET", "ADJ", "NOUN", "PROPN", "NUM") || s.get(from - 1).lower().equals("'s"))
                && !PRONOUNS.contains(s.get(from - 1).lower())) {
            from--;
        }
        if (from >= 2 && (s.get(from - 1).lower().equals("and") || s.get(from - 1).lower().equals("or"))
                && s.get(from - 2).isNoun() && !PRONOUNS.contains(s.get(from - 2).lower())) {
            from = nounPhrase(s, from - 2)[0]; // "draft regulations and guidance"
        }
        int to = k + 1;
        while (to < s.size() && s.get(to).isNoun()) {
            to++;
        }
        int head = to - 1;
        if (to + 1 < s.size() && NOUN_LINKS.contains(s.get(to).lower())) {
            int j = to + 1;
            while (j < s.size() && s.get(j).tagged("DET", "ADJ", "NUM")) {
                j++;
            }
            int nouns = j;
            while (j < s.size() && s.get(j).isNoun()) {
                j++;
            }
            if (j > nouns) {
                to = j;
            }
        }
        return new int[] {from, to, head};
    }

    private static String lowerFirst(String s) {
        String[] words = s.strip().split(" ", 2);
        if (words.length == 0 || words[0].isEmpty()) {
            return s.strip();
        }
        String first = words[0];
        boolean name = first.length() > 1 && first.chars().skip(1).anyMatch(Character::isUpperCase);
        boolean determiner = OPENING_DETERMINERS.contains(first);
        String lowered = determiner && !name ? first.toLowerCase(Locale.ROOT) : first;
        return words.length > 1 ? lowered + " " + words[1] : lowered;
    }

    private static String tidy(String action) {
        String a = SPACES.matcher(action).replaceAll(" ").strip();
        a = a.replace(" ,", ",").replace("( ", "(").replace(" )", ")");
        a = LEADING.matcher(a).replaceFirst("");
        String[] words = a.split(" ");
        if (words.length > MAX_WORDS) {
            a = String.join(" ", Arrays.copyOf(words, MAX_WORDS));
        }
        String previousValue;
        do {
            previousValue = a;
            a = TRAILING.matcher(a).replaceAll("").strip();
        } while (!a.equals(previousValue));
        return a;
    }
}
