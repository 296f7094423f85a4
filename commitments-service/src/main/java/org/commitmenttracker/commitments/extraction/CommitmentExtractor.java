package org.commitmenttracker.commitments.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commitmenttracker.commitments.extraction.Cues.Cue;
import org.commitmenttracker.commitments.extraction.Cues.Kind;
import org.commitmenttracker.commitments.extraction.Sentences.Sentence;
import org.commitmenttracker.events.Strength;

/**
 * Finds the commitments in an answer: statements in which the government, or someone speaking for it, undertakes a
 * future action that one could later check. In stages, each testable on its own:
 * <ol>
 * <li>{@link PlainText}: HTML to the text staff see, in paragraphs; {@link Sentences}: sentences, one line at a
 * time;</li>
 * <li>{@link Cues}: the commissive cues of a sentence;</li>
 * <li>for each cue, who speaks: an active cue ("we will", "we are committed to") needs the government as its
 * subject (we, I, the Government, the Department, Ministers, the Secretary of State, bodies delivering its policy);
 * a cue inside a relative or indirect clause ("which will", "how we will"), a conditional ("if ..."), or a negated
 * one ("no plans to", "does not intend to") is not a commitment; nor are same-day procedure (copies placed in the
 * Library, "today"), broad aims ("committed to ensuring") and generic activity ("a range of activity");</li>
 * <li>the promised action, split where actions are coordinated ("launch a consultation ... and implement a digital
 * imprints regime ..." is two);</li>
 * <li>strength: {@code weak} for hedged or uncheckable promises (consider, continue to, work with, keep under
 * review, ambitions, promises to inform later without a date), else {@code firm};</li>
 * <li>the deadline: the time expression in the action's clause, else one opening the sentence, else a framing one
 * opening the paragraph ("Over the coming year, we will ..."), else a dated one lent by the previous sentence
 * ("The Council will meet on 13 May 2016. Lord Price will represent the UK."), resolved by {@link DeadlineResolver};</li>
 * <li>a confidence from the kind of cue, how sure the subject is, and whether a date was found.</li>
 * </ol>
 */
public final class CommitmentExtractor {

    private static final String GOVERNMENT = "we|i|the government|this government|the uk government|the uk|hm government"
            + "|his majesty'?s government|her majesty'?s government|hmg|the department|this department|my department"
            + "|the (?:home|cabinet|foreign|scotland|wales|northern ireland|india) office|hm treasury|the treasury"
            + "|the ministry(?: of [a-z]+)?|ministers?|the minister|the prime minister|the chancellor"
            + "|the (?:[a-z]+ )?secretary(?: of state)?|my (?:right )?hon(?:\\.|ourable)? friend|officials|my officials"
            + "|the department (?:for|of) [a-z ,]+|dfe|dwp|dhsc|dft|dcms|desnz|dsit|beis|fcdo|defra|hmrc|mhclg|dluhc|mod"
            + "|highways england|national highways|network rail|nhs england";
    private static final Pattern GOVERNMENT_SUBJECT = Pattern.compile("\\b(?:" + GOVERNMENT + ")\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SUBORDINATOR = Pattern.compile(
            "\\b(?:that|which|who|whom|whose|how|where|whether|what|when|why|if|once|until|unless|whereby|whilst|while"
                    + "|although|though|because|since)\\b", Pattern.CASE_INSENSITIVE);
    private static final Set<String> EXCLUDING_SUBORDINATORS = Set.of("which", "who", "whom", "whose", "how", "where",
            "whether", "what", "when", "why", "if", "once", "until", "unless", "whereby");
    private static final Set<String> RELATIVE = Set.of("who", "which", "that");
    private static final Pattern CLOSED_RELATIVE = Pattern.compile(
            "\\b(?:is|are|was|were|has|have|had|does|do|did|can|may|might|must)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONJUNCTION = Pattern.compile(",|\\b(?:and|but|or)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern EXAMPLE = Pattern.compile("^(?:for example|for instance|e\\.g\\.)", Pattern.CASE_INSENSITIVE);
    /** Whoever represents the UK speaks for the government: "Lord Price will represent the UK". */
    private static final Pattern REPRESENTS_THE_UK = Pattern.compile(
            "^\\s*(?:represent|attend on behalf of) (?:the UK|the United Kingdom|the Government|HM Government)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATION = Pattern.compile("\\b(?:not|no|never|neither|nor|cannot)\\b|n't\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CONDITIONAL = Pattern.compile("^(?:if|unless|should|in the event)\\b|\\bwould\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SAME_DAY_PROCEDURE = Pattern.compile(
            "\\b(?:placed|deposited|available) in the (?:House )?Librar(?:y|ies)\\b|\\btoday\\b|\\bthis day\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INDEPENDENT_AGENT = Pattern.compile(
            "\\bby (?:the )?(?:electoral commission|office for budget responsibility|obr|bank of england|commission|ofcom"
                    + "|ofsted|inquiry|courts?|speaker|independent)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLAUSE_END = Pattern.compile(
            "[;:]|\\s[-\u2013\u2014]\\s|,\\s+(?:at which point|which|so that|while|whilst|although|but|including|such as"
                    + "|as well as|because|since|where|whereby|in order to|meaning|ensuring)\\b|\\s(?:so that|in order to|so as to)\\s"
                    + "|,?\\s+and\\s+(?=(?:we|i|the government|it|they|this|these|he|she)\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final String COORDINATED_VERBS = "launch|implement|publish|introduce|consult|bring|deliver|provide|make"
            + "|build|hold|create|establish|develop|legislate|require|extend|increase|reduce|halve|double|write|run|test"
            + "|update|announce|expand|fund|invest|improve|lay|give|appoint|close|open|convene|set|review|consider"
            + "|continue|work|engage|respond|refresh|issue|release|remove|replace|abolish|ban|cut|raise|recruit|train"
            + "|commission|complete|confirm|strengthen|support|ensure|monitor|explore|amend|reform|deploy";
    private static final Pattern COORDINATION = Pattern.compile(
            "(?:,\\s*|,?\\s+(?:and|or)\\s+)(?:(?:will|shall)\\s+)?(?:(?:also|then|now|fully|significantly|further)\\s+)?"
                    + "(?=(?:" + COORDINATED_VERBS + ")(?:s|ing)?\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PURPOSE = Pattern.compile("\\bto\\s+[a-z]+", Pattern.CASE_INSENSITIVE);
    private static final Set<String> KNOWN_VERBS = Set.copyOf(Arrays.asList(
            (COORDINATED_VERBS + "|advise|legislate|report|act|decide|reply").split("\\|")));
    private static final Set<String> NOT_GERUNDS = Set.of("bring", "spring", "string", "thing", "king", "ring", "sing",
            "wing", "during", "morning", "evening", "nothing", "something", "anything", "everything");
    private static final Set<String> WEAK_VERBS = Set.of("consider", "continue", "work", "engage", "explore", "look",
            "keep", "monitor", "update", "advise", "inform", "support", "help", "encourage", "seek", "aim", "strive",
            "endeavour", "ensure", "reflect", "listen", "discuss", "assess", "try", "hope", "give");
    private static final Set<String> INFORMING_VERBS = Set.of("announce", "make", "set", "say", "provide", "report",
            "confirm", "outline", "write");
    private static final Set<String> BROAD_AIMS = Set.of("go", "ensure", "assess", "tackle", "support", "protect",
            "promote", "uphold", "maintain", "help", "encourage", "champion", "address", "put", "stand", "keep", "make",
            "do", "be", "see", "respect", "treat", "listen", "value");
    private static final Set<String> PUBLICATION_VERBS = Set.of("publish", "lay", "launch", "announce", "bring",
            "introduce", "release", "issue", "set", "complete", "respond", "make");
    private static final Pattern GENERIC_ACTION = Pattern.compile(
            "^(?:carry out|take|undertake|make|do|continue) (?:a (?:range|number|series) of|further|various|more|all necessary|every) "
                    + "(?:activity|activities|steps|measures|action|actions|work|progress)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_ADVERBS = Pattern.compile(
            "^(?:(?:also|now|then|therefore|further|shortly|soon|initially|still|additionally|subsequently|formally)\\s+)+",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_ACTION_WORDS = 18;

    private final DeadlineResolver deadlines;

    public CommitmentExtractor(DeadlineResolver deadlines) {
        this.deadlines = deadlines;
    }

    /** The commitments in {@code text}, in the order they appear. */
    public List<ExtractedCommitment> extract(PlainText text, LocalDate answered) {
        List<ExtractedCommitment> found = new ArrayList<>();
        for (PlainText.Span paragraph : text.paragraphs()) {
            TimeExpression framing = null;
            TimeExpression lent = null;
            List<Sentence> sentences = Sentences.of(text.text(), paragraph);
            for (int i = 0; i < sentences.size(); i++) {
                Sentence sentence = sentences.get(i);
                List<TimeExpression> times = deadlines.find(sentence.text(), answered);
                TimeExpression opening = opening(sentence.text(), times);
                int position = 0;
                for (Finding finding : findings(sentence.text())) {
                    TimeExpression time = timeOf(finding, times, answered).orElse(opening != null ? opening
                            : i > 0 && framing != null ? framing : lent);
                    FoundDeadline deadline = deadlines.deadline(Optional.ofNullable(time), answered);
                    List<ExtractedCommitment> inFinding = commitments(sentence, finding, deadline, position);
                    position += inFinding.size();
                    found.addAll(inFinding);
                }
                if (i == 0) {
                    framing = opening;
                }
                lent = times.stream().filter(t -> t.dated() && !t.date().isBefore(answered)
                                && t.text().toLowerCase(Locale.ROOT).startsWith("on "))
                        .findFirst().orElse(null);
            }
        }
        return found;
    }

    /** A cue that makes a commitment, with the extent of its action in the sentence. */
    private record Finding(Cue cue, int actionEnd, String action, boolean subjectInherited) {
    }

    private List<Finding> findings(String sentence) {
        if (EXAMPLE.matcher(sentence).find()) {
            return List.of(); // an example elaborates a commitment made before it
        }
        List<Cue> cues = Cues.in(sentence);
        List<Finding> findings = new ArrayList<>();
        int covered = 0;
        for (int c = 0; c < cues.size(); c++) {
            Cue cue = cues.get(c);
            if (cue.start() < covered) {
                continue;
            }
            int actionEnd = actionEnd(sentence, cue, c + 1 < cues.size() ? cues.get(c + 1) : null);
            Subject subject = subject(sentence, cue);
            String vp = sentence.substring(cue.end(), actionEnd);
            if (!makesCommitment(cue, subject, vp, sentence)) {
                continue;
            }
            covered = actionEnd;
            String action = cue.passive() != null ? passiveAction(cue, subject, vp) : vp;
            findings.add(new Finding(cue, actionEnd, action, subject.inherited()));
        }
        return findings;
    }

    /** The words before a cue that say who speaks, and whether they were borrowed from the start of the sentence. */
    private record Subject(String words, String phrase, boolean inherited, boolean excluded, boolean negated) {

        boolean government() {
            return GOVERNMENT_SUBJECT.matcher(words).find();
        }
    }

    private static Subject subject(String sentence, Cue cue) {
        String head = sentence.substring(0, cue.start());
        int strong = Math.max(head.lastIndexOf(';'), head.lastIndexOf(':'));
        head = head.substring(strong + 1);
        boolean excluded = CONDITIONAL.matcher(head.strip()).find();
        String region = head;
        Matcher subordinator = SUBORDINATOR.matcher(head);
        int lastStart = -1;
        int lastEnd = -1;
        String word = null;
        while (subordinator.find()) {
            lastStart = subordinator.start();
            lastEnd = subordinator.end();
            word = subordinator.group().toLowerCase(Locale.ROOT);
        }
        if (word != null) {
            String after = head.substring(lastEnd);
            if (RELATIVE.contains(word) && CLOSED_RELATIVE.matcher(after).find()) {
                // "Any voter who does not have ID will be able to": the relative clause has its own verb and is over
                region = head.substring(0, lastStart);
            } else {
                region = after;
                String rest = after.strip().toLowerCase(Locale.ROOT);
                boolean temporalLink = word.equals("which") && rest.matches("^(?:point|time|stage|date)\\b.*");
                if (EXCLUDING_SUBORDINATORS.contains(word) && !temporalLink) {
                    excluded = true;
                }
                if (word.equals("that") && rest.isEmpty()) {
                    excluded = true; // "the trade-offs that will be faced"
                }
            }
        }
        int comma = region.lastIndexOf(',');
        if (comma >= 0 && !region.substring(comma + 1).isBlank()
                && !region.substring(comma + 1).strip().matches("(?i)(?:and|or|but|then|also)(?:\\s+\\w+ly)?")) {
            region = region.substring(comma + 1);
        }
        String trimmed = region.strip();
        Matcher conjunction = CONJUNCTION.matcher(trimmed);
        int own = 0;
        while (conjunction.find()) {
            own = conjunction.end();
        }
        String ownWords = trimmed.substring(own).strip();
        boolean negated = NEGATION.matcher(ownWords).find() || NEGATION.matcher(cue.words()).find();
        if (ownWords.isEmpty()) {
            String[] words = trimmed.replaceAll("[,\\s]+$", "").split("\\s+");
            String first = String.join(" ", Arrays.copyOf(words, Math.min(words.length, 10)));
            return new Subject(first, first, true, excluded, negated);
        }
        String[] words = ownWords.split("\\s+");
        String last = String.join(" ", Arrays.copyOfRange(words, Math.max(0, words.length - 8), words.length));
        return new Subject(last, trimmed, false, excluded, negated);
    }

    private static boolean makesCommitment(Cue cue, Subject subject, String vp, String sentence) {
        if (subject.excluded() || subject.negated() || vp.isBlank()) {
            return false;
        }
        String context = subject.words() + " " + cue.words() + " " + vp;
        if (SAME_DAY_PROCEDURE.matcher(context).find() || GENERIC_ACTION.matcher(stripAdverbs(vp)).find()) {
            return false;
        }
        return switch (cue.kind()) {
            case MODAL -> subject.government() || REPRESENTS_THE_UK.matcher(vp).find();
            case INTENTION -> subject.government() && (!cue.words().toLowerCase(Locale.ROOT).matches("(?s)^(?:plans?|aims?)\\b.*")
                    || GOVERNMENT_SUBJECT.matcher(lastWord(subject.words())).matches());
            case COMMITTED -> subject.government();
            case COMMITMENT_NOUN, AMBITION -> true;
            case PASSIVE, PUBLICATION, SCHEDULED -> !INDEPENDENT_AGENT.matcher(vp).find() && !subject.words().isBlank();
            case TO_BE -> TimeExpressions.mentionsTime(vp);
            case VIEW -> GOVERNMENT_SUBJECT.matcher(sentence).find();
        };
    }

    /** Where the action of a cue ends: the end of its clause, or where the next cue with a subject of its own begins. */
    private static int actionEnd(String sentence, Cue cue, Cue next) {
        Matcher end = CLAUSE_END.matcher(sentence);
        int clauseEnd = end.find(cue.end()) ? end.start() : sentence.length();
        if (next != null && next.start() < clauseEnd) {
            String between = sentence.substring(cue.end(), next.start());
            boolean coordinated = between.matches("(?is).*(?:,|\\band|\\bor)\\s*$");
            if (!coordinated) {
                int boundary = Math.max(between.lastIndexOf(','), 0);
                return cue.end() + (boundary > 0 ? boundary : between.length());
            }
        }
        return clauseEnd;
    }

    private List<ExtractedCommitment> commitments(Sentence sentence, Finding finding, FoundDeadline deadline,
                                                  int firstPosition) {
        List<String> actions = finding.cue().passive() != null ? List.of(finding.action()) : split(finding.action());
        List<ExtractedCommitment> commitments = new ArrayList<>();
        for (String raw : actions) {
            String action = action(raw, deadline);
            String verb = lemma(firstWord(action));
            boolean tooShort = action.isBlank() || (!action.contains(" ") && !KNOWN_VERBS.contains(verb));
            if (tooShort || GENERIC_ACTION.matcher(action).find()
                    || (finding.cue().kind() == Kind.COMMITTED && BROAD_AIMS.contains(verb))) {
                continue;
            }
            Strength strength = strength(finding.cue(), verb, action, deadline);
            double confidence = finding.cue().kind().confidence
                    + (deadline.kind() == FoundDeadline.Kind.EXPLICIT ? 0.05 : 0.0)
                    - (finding.subjectInherited() ? 0.05 : 0.0)
                    - (strength == Strength.WEAK ? 0.1 : 0.0);
            commitments.add(new ExtractedCommitment(sentence.text(), sentence.start(), sentence.end(),
                    firstPosition + commitments.size(),
                    action, strength, Math.round(Math.max(0.05, Math.min(0.99, confidence)) * 100) / 100.0, deadline));
        }
        boolean anyFirm = commitments.stream().anyMatch(c -> c.strength() == Strength.FIRM);
        if (anyFirm && commitments.size() > 1) {
            // "will consider her proposals, consult ... and publish ...": considering is a step towards the firm actions
            commitments.removeIf(c -> c.strength() == Strength.WEAK && lemma(firstWord(c.action())).equals("consider"));
        }
        return commitments;
    }

    /** Splits coordinated actions at the top level only: "to amplify X and reduce Y" is one purpose, not two. */
    private static List<String> split(String vp) {
        List<String> parts = new ArrayList<>();
        Matcher m = COORDINATION.matcher(vp);
        int from = 0;
        while (m.find()) {
            if (m.start() <= from) {
                continue;
            }
            String part = vp.substring(from, m.start());
            Matcher purpose = PURPOSE.matcher(part);
            if (purpose.find() && purpose.start() > 0) {
                break; // the rest belongs to a purpose clause of this action
            }
            parts.add(part);
            from = m.end();
        }
        parts.add(vp.substring(from));
        return parts;
    }

    private static String passiveAction(Cue cue, Subject subject, String vp) {
        String participle = cue.passive().toLowerCase(Locale.ROOT);
        String object = (cue.kind() == Kind.TO_BE ? subject.words() : subject.phrase()).replaceAll("(?i)^(?:and|or|but)\\s+", "")
                .replaceAll("(?i)\\b(?:currently|also|now)\\b\\s*", "")
                .replaceAll("(?i)(?:\\s+(?:is|are|was|were|has been|have been|will be))?[,\\s]*$", "");
        return switch (participle) {
            case "required to" -> "require " + lowerFirst(object) + " to " + vp.strip();
            case "able to" -> "enable " + lowerFirst(object) + " to " + vp.strip();
            default -> infinitive(participle) + " " + lowerFirst(object);
        };
    }

    private static Strength strength(Cue cue, String verb, String action, FoundDeadline deadline) {
        if (cue.kind() == Kind.AMBITION || cue.words().toLowerCase(Locale.ROOT).matches("(?s).*\\b(?:aims?|aiming|seeks?|seeking)\\b.*")) {
            return Strength.WEAK;
        }
        if (WEAK_VERBS.contains(verb) || action.toLowerCase(Locale.ROOT).contains("under review")) {
            return Strength.WEAK;
        }
        if (cue.words().toLowerCase(Locale.ROOT).matches("(?s).*\\bexpect(?:s|ing)?\\b.*") && !PUBLICATION_VERBS.contains(verb)) {
            return Strength.WEAK;
        }
        boolean informing = INFORMING_VERBS.contains(verb)
                && action.toLowerCase(Locale.ROOT).matches("(?s).*\\b(?:announcement|details|update|statement|more|further)\\b.*");
        return informing && deadline.kind() != FoundDeadline.Kind.EXPLICIT ? Strength.WEAK : Strength.FIRM;
    }

    /** The time expression inside the action's clause, else one just before the cue in the same clause. */
    private static Optional<TimeExpression> timeOf(Finding finding, List<TimeExpression> times, LocalDate answered) {
        List<TimeExpression> current = times.stream().filter(t -> !t.dated() || !t.date().isBefore(answered)).toList();
        Optional<TimeExpression> within = current.stream()
                .filter(t -> t.start() >= finding.cue().start() && t.start() < finding.actionEnd())
                .findFirst();
        if (within.isPresent()) {
            return within;
        }
        return current.stream()
                .filter(t -> t.end() <= finding.cue().start() && t.start() > 0 && finding.cue().start() - t.end() < 40)
                .reduce((first, second) -> second);
    }

    /** A time expression that opens the sentence and frames it: "Over the coming year, we will ...". */
    private static TimeExpression opening(String sentence, List<TimeExpression> times) {
        return times.stream()
                .filter(t -> t.start() <= 1 && sentence.substring(t.end()).startsWith(","))
                .findFirst().orElse(null);
    }

    private static String action(String raw, FoundDeadline deadline) {
        String action = raw;
        if (deadline.text() != null) {
            action = action.replace(deadline.text(), " ");
        }
        action = stripAdverbs(action.replaceAll("\\s+", " ").strip());
        action = action.replaceAll("^(?i)(?:to\\s+)", "").replaceAll("^(?i)have\\s+(?=\\w+ed\\b)", "");
        String[] words = action.split(" ");
        if (words.length > 0) {
            words[0] = lemma(words[0]);
        }
        if (words.length > MAX_ACTION_WORDS) {
            words = Arrays.copyOf(words, MAX_ACTION_WORDS);
        }
        return String.join(" ", words).replaceAll("\\s+,", ",")
                .replaceAll("(?i)(?:[\\s,;:.]+|\\s+(?:and|or|of|the|to|for|with|up|in|on|by|a|an))+$", "").strip();
    }

    private static String stripAdverbs(String text) {
        return LEADING_ADVERBS.matcher(text.strip()).replaceFirst("");
    }

    private static String lastWord(String text) {
        String[] words = text.strip().split("\\s+");
        return words[words.length - 1];
    }

    private static String firstWord(String text) {
        String[] words = text.strip().split("\\s+", 2);
        return words.length == 0 ? "" : words[0].toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }

    /** A verb's base form, near enough for matching: "introducing" introduce, "closed" close, "publishes" publish. */
    static String lemma(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (NOT_GERUNDS.contains(w)) {
            return w;
        }
        if (w.endsWith("ing") && w.length() > 4) {
            String stem = w.substring(0, w.length() - 3);
            if (stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
                    && !stem.endsWith("ll") && !stem.endsWith("ss")) {
                return stem.substring(0, stem.length() - 1);
            }
            return stem.matches(".*(?:[^aeiou][aeiou][cvzgs]|[cv]|[aeiou]r|[^aeiouy]l|[aeiou]t|at|ut|id|iz|ur|ar|ag|ov|uc|nc|rg|dg)$")
                    && !stem.matches(".*(?:ish|ess|ess|ain|ear|eat|ect|ort|act)$") ? stem + "e" : stem;
        }
        if (w.endsWith("ed") && w.length() > 4 && !w.endsWith("eed")) {
            return lemma(w.substring(0, w.length() - 2) + "ing");
        }
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("es") && w.matches(".*(?:sh|ch|ss|x)es$")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("s") && !w.matches(".*(?:ss|us|is|ous)$") && w.length() > 3) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static String infinitive(String participle) {
        return switch (participle) {
            case "published" -> "publish";
            case "laid" -> "lay";
            case "launched" -> "launch";
            case "introduced" -> "introduce";
            case "announced" -> "announce";
            case "set out" -> "set out";
            case "made available" -> "make available";
            case "brought forward" -> "bring forward";
            case "issued" -> "issue";
            case "released" -> "release";
            case "provided" -> "provide";
            case "implemented" -> "implement";
            case "rolled out" -> "roll out";
            case "delivered" -> "deliver";
            case "opened" -> "open";
            case "extended" -> "extend";
            default -> participle;
        };
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
