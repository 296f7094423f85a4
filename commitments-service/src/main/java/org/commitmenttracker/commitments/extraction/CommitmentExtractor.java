package org.commitmenttracker.commitments.extraction;

import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * <li>for each cue, who speaks. An active cue ("we will", "we are committed to") needs the government as its
 * subject (we, I, the Government, departments, Ministers, the Secretary of State, "it" after "the Government
 * announced that", bodies delivering its policy such as Network Rail or HS2 Ltd). A dated milestone needs no such
 * subject ("the new contracts will come into effect in April 2022", "the prison is due to open in summer 2023")
 * unless it belongs to an independent body (Ofsted, the OBR, a court, an EU Council) or only describes or predicts
 * ("will help", "will depend on", "will set out"). A cue inside a relative or indirect clause ("which will", "how
 * we will"), a conditional ("if ..."), or a negated one ("no plans to", "does not intend to") is not a commitment;
 * nor are same-day procedure (copies placed in the Library, "today"), broad aims without a date ("committed to
 * ensuring"), targets the law already sets, and generic activity ("a range of activity");</li>
 * <li>the promised action, split where actions are coordinated ("launch a consultation ... and implement a digital
 * imprints regime ..." is two, "to amplify X and reduce Y" is one purpose);</li>
 * <li>strength: {@code weak} for hedged or uncheckable promises (consider, continue to, work with, keep under
 * review, ambitions, forecasts, promises to inform later without a date), else {@code firm};</li>
 * <li>the deadline: the time expression in the action's own words, else in its clause, else one just before the cue,
 * else one opening the sentence, else a framing one opening the paragraph ("Over the coming year, we will ..."),
 * else a date lent by the previous sentence ("The Council will meet on 13 May 2016. Lord Price will represent the
 * UK."); dates before the answer are background, not deadlines. {@link DeadlineResolver} resolves it;</li>
 * <li>a confidence from the kind of cue, how sure the subject is, and whether a date was found.</li>
 * </ol>
 */
public final class CommitmentExtractor {

    private static final String GOVERNMENT = "we|i|the government|this government|the uk government|the uk|hm government"
            + "|his majesty'?s government|her majesty'?s government|hmg|the department|this department|my department"
            + "|departments|the (?:home|cabinet|foreign|scotland|wales|northern ireland|india) office|hm treasury|the treasury"
            + "|the ministry(?: of [a-z]+)?|ministers?|the minister|the prime minister|the chancellor"
            + "|the (?:[a-z]+ )?secretary(?: of state)?|my (?:right )?hon(?:\\.|ourable)? friend|officials|my officials"
            + "|the department (?:for|of) [a-z ,]+|dfe|dwp|dhsc|dft|dcms|desnz|dsit|beis|fcdo|defra|hmrc|mhclg|dluhc|mod"
            + "|highways england|national highways|network rail|nhs england|hs2 ltd|homes england|great british railways"
            + "|great british energy|building digital uk";
    private static final Pattern GOVERNMENT_SUBJECT = Pattern.compile("\\b(?:" + GOVERNMENT + ")\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern INDEPENDENT_BODY = Pattern.compile(
            "\\b(?:ofsted|ofcom|ofgem|ofwat|obr|office for budget responsibility|electoral commission|commission|bank of england"
                    + "|monetary policy committee|courts?|tribunal|speaker|inquiry|review|council|committee|tfl|transport for london"
                    + "|local authorit(?:y|ies)|councils|police|bbc|regulator|cma|nao|national audit office|ons"
                    + "|office for national statistics|european|eu|un|nato|g7|g20)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PRONOUN_SUBJECT = Pattern.compile("(?i)(?:^|\\s)(?:it|they)$");
    private static final Pattern DEMONSTRATIVE_SUBJECT = Pattern.compile("(?i)^(?:this|these|that|those|it|they|which)$");
    private static final Pattern GOVERNMENT_AT_END = Pattern.compile("\\b(?:" + GOVERNMENT + ")\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern OUR_PLANS = Pattern.compile("(?i)\\bour\\s*$");
    private static final Pattern SUBORDINATOR = Pattern.compile(
            "\\b(?:that|which|who|whom|whose|how|where|whether|what|when|why|if|once|until|unless|whereby|whilst|while"
                    + "|although|though|because|since)\\b", Pattern.CASE_INSENSITIVE);
    private static final Set<String> EXCLUDING_SUBORDINATORS = Set.of("which", "who", "whom", "whose", "how", "where",
            "whether", "what", "when", "why", "if", "once", "until", "unless", "whereby");
    private static final Set<String> RELATIVE = Set.of("who", "which", "that");
    private static final Pattern CLOSED_RELATIVE = Pattern.compile(
            "\\b(?:is|are|was|were|has|have|had|does|do|did|can|may|might|must)\\b", Pattern.CASE_INSENSITIVE);
    /** "published in autumn, at which point the government will respond": the time carries over. */
    private static final Pattern TEMPORAL_CONTINUATION = Pattern.compile(
            "^,?\\s*(?:at which point|by which time|when)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern TEMPORAL_LINK = Pattern.compile("^(?:point|time|stage|date)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE_CONJUNCTION = Pattern.compile("(?i)(?:and|or|but|then|also)(?:\\s+\\w+ly)?");
    private static final Pattern CONJUNCTION = Pattern.compile(",|\\b(?:and|but|or)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENDS_COORDINATED = Pattern.compile("(?:,|\\band|\\bor)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,\\s]+$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern EXAMPLE = Pattern.compile("^(?:for example|for instance|e\\.g\\.)", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATION = Pattern.compile("\\b(?:not|no|never|neither|nor|cannot)\\b|n't\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CONDITIONAL = Pattern.compile("^(?:if|unless|should|in the event)\\b|\\bwould\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SAME_DAY_PROCEDURE = Pattern.compile(
            "\\b(?:placed?|deposit(?:ed)?|available) (?:a copy |copies )?(?:\\w+ ){0,4}in the (?:House )?Librar(?:y|ies)\\b"
                    + "|\\btoday\\b|\\bthis day\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LEGAL_REQUIREMENT = Pattern.compile(
            "\\blegally[- ]binding\\b|\\bstatutory\\b|\\bunder the [A-Z][\\w ]* Act\\b|\\brequired by law\\b|\\benshrined in law\\b");
    /** Whoever represents the UK speaks for the government: "Lord Price will represent the UK". */
    private static final Pattern REPRESENTS_THE_UK = Pattern.compile(
            "^\\s*(?:represent|attend on behalf of) (?:the UK|the United Kingdom|the Government|HM Government)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INDEPENDENT_AGENT = Pattern.compile("\\bby (?:the )?" + INDEPENDENT_BODY.pattern(),
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ANNOUNCED_PLANS = Pattern.compile(
            "\\b(?:announced|published|set out|confirmed|unveiled|launched)(?: (?:its|our|their|new|the))?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOUN_INTENTION = Pattern.compile("^(?:plans?|aims?)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLAUSE_END = Pattern.compile(
            "[;:]|\\s[-\u2013\u2014]\\s|,\\s+(?:at which point|which|so that|while|whilst|although|but|including|such as"
                    + "|as well as|because|since|where|whereby|in order to|meaning|ensuring)\\b|\\s(?:so that|in order to|so as to)\\s"
                    + "|,?\\s+and\\s+(?=(?:we|i|the government|it|they|this|these|he|she)\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final String COORDINATED_VERBS = "launch|implement|publish|introduce|consult|bring|deliver|provide|make"
            + "|build|hold|create|establish|develop|legislate|require|extend|increase|reduce|halve|double|end|write|run|test"
            + "|update|announce|expand|fund|invest|improve|lay|give|appoint|close|open|convene|set|review|consider"
            + "|continue|work|engage|respond|refresh|issue|release|remove|replace|abolish|ban|cut|raise|recruit|train"
            + "|commission|complete|confirm|strengthen|support|ensure|monitor|explore|amend|reform|deploy|place|sign";
    private static final Pattern COORDINATION = Pattern.compile(
            ",\\s*(?=(?:" + COORDINATED_VERBS + ")\\b)"
                    + "|,?\\s+(?:and|or)\\s+(?:to\\s+)?(?:(?:will|shall)\\s+)?(?:(?:also|then|now|fully|significantly|further)\\s+)?"
                    + "(?=(?:" + COORDINATED_VERBS + ")(?:s|ing)?\\b(?!\\s+(?:for|of)\\b))", Pattern.CASE_INSENSITIVE);
    /** A purpose infinitive ("to amplify"), not a preposition ("to the hon. Member", "to Parliament"). */
    private static final Pattern PURPOSE = Pattern.compile(
            "\\bto\\s+(?!the\\b|a\\b|an\\b|his\\b|her\\b|their\\b|its\\b|our\\b|my\\b|this\\b|that\\b|these\\b|those\\b"
                    + "|all\\b|local\\b|every\\b|each\\b|date\\b)[a-z]+");
    private static final Set<String> KNOWN_VERBS = Set.copyOf(Arrays.asList(
            (COORDINATED_VERBS + "|advise|legislate|report|act|decide|reply").split("\\|")));
    private static final Set<String> WEAK_VERBS = Set.of("consider", "continue", "work", "engage", "explore", "look",
            "keep", "monitor", "update", "advise", "inform", "support", "help", "encourage", "seek", "aim", "strive",
            "endeavour", "ensure", "reflect", "listen", "assess", "try", "hope");
    private static final Set<String> INFORMING_VERBS = Set.of("announce", "make", "set", "say", "provide", "report",
            "confirm", "outline", "write");
    private static final Pattern INFORMING_OBJECT = Pattern.compile(
            "\\b(?:announcement|details|update|statement|more|further)\\b", Pattern.CASE_INSENSITIVE);
    private static final Set<String> BROAD_AIMS = Set.of("go", "ensure", "assess", "tackle", "support", "protect",
            "promote", "uphold", "maintain", "help", "encourage", "champion", "address", "put", "stand", "keep", "make",
            "do", "be", "see", "respect", "treat", "listen", "value");
    /** What things (not people) will do that describes or predicts rather than promises. */
    private static final Set<String> NON_COMMITTAL = Set.of("help", "depend", "benefit", "mean", "lead", "result", "allow",
            "enable", "affect", "set", "include", "cover", "consider", "look", "examine", "focus", "continue", "need",
            "apply", "last", "cost", "take", "be", "have", "see", "remain", "make", "run", "expire", "cease", "discuss",
            "meet", "contain", "provide", "build", "replace", "support", "deliver", "ensure", "give", "fund", "finance",
            "pay", "save", "fall", "grow", "change", "become");
    private static final Set<String> DROPPED_VERBS = Set.of("discuss", "debate");
    private static final Pattern HEDGED_CUE = Pattern.compile("\\b(?:aims?|aiming|seeks?|seeking)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FORECAST_CUE = Pattern.compile("\\bexpect(?:s|ing)?\\b", Pattern.CASE_INSENSITIVE);
    /** What one expects to see rather than to do: "we expect to see waiting lists fall" is a forecast. */
    private static final Set<String> FORECAST_VERBS = Set.of("see", "get", "reach", "achieve", "receive", "have", "be",
            "hit", "meet", "exceed", "fall", "rise", "grow", "save", "return", "remain");
    private static final Pattern GENERIC_ACTION = Pattern.compile(
            "^(?:carry out|take|undertake|make|do|continue) (?:a (?:range|number|series) of|further|various|more|all necessary|every) "
                    + "(?:activity|activities|steps|measures|action|actions|work|progress)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_ADVERBS = Pattern.compile(
            "^(?:(?:also|now|then|therefore|further|shortly|soon|initially|still|additionally|subsequently|formally)\\s+)+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_TO_OR_HAVE = Pattern.compile("^(?i)(?:to\\s+|have\\s+(?=\\w+ed\\b))");
    private static final Pattern SPACE_BEFORE_COMMA = Pattern.compile("\\s+,");
    private static final Pattern TRAILING_FILLER = Pattern.compile(
            "(?i)(?:[\\s,;:.]+|\\s+(?:and|or|of|the|to|for|with|up|in|on|by|a|an))+$");
    private static final Pattern LEADING_CONJUNCTION = Pattern.compile("(?i)^(?:and|or|but)\\s+");
    private static final Pattern SUBJECT_FILLER = Pattern.compile("(?i)\\b(?:currently|also|now)\\b\\s*");
    private static final Pattern TRAILING_AUXILIARY = Pattern.compile(
            "(?i)(?:\\s+(?:is|are|was|were|has been|have been|will be))?[,\\s]*$");
    private static final Map<String, String> INFINITIVES = Map.ofEntries(Map.entry("published", "publish"),
            Map.entry("laid", "lay"), Map.entry("set out", "set out"), Map.entry("made available", "make available"),
            Map.entry("brought forward", "bring forward"), Map.entry("rolled out", "roll out"), Map.entry("sought", "seek"),
            Map.entry("represented by", "be represented by"), Map.entry("frozen", "freeze"), Map.entry("seen", "see"),
            Map.entry("made", "make"), Map.entry("paid", "pay"), Map.entry("given", "give"), Map.entry("built", "build"),
            Map.entry("held", "hold"), Map.entry("run", "run"), Map.entry("set", "set"), Map.entry("kept", "keep"),
            Map.entry("brought", "bring"), Map.entry("sent", "send"), Map.entry("taken", "take"), Map.entry("done", "do"),
            Map.entry("met", "meet"));
    private static final Pattern LEADING_DETERMINER = Pattern.compile(
            "^(?:The|A|An|This|These|Those|Our|Its|Their|Any|All|Every|Each|Some|New|Further)\\b");
    private static final int MAX_ACTION_WORDS = 18;

    private final DeadlineResolver deadlines;

    public CommitmentExtractor(DeadlineResolver deadlines) {
        this.deadlines = deadlines;
    }

    /** The commitments in {@code text}, in the order they appear. */
    public List<ExtractedCommitment> extract(PlainText text, LocalDate answered) {
        List<ExtractedCommitment> found = new ArrayList<>();
        BreakIterator breaks = Sentences.breakIterator();
        Boolean financialYears = null; // read once, and only for an answer with something to date
        for (PlainText.Span paragraph : text.paragraphs()) {
            List<Sentence> sentences = Sentences.of(text.text(), paragraph, breaks);
            for (int i = 0; i < sentences.size(); i++) {
                Sentence sentence = sentences.get(i);
                List<Finding> findings = findings(sentence.text(), answered);
                if (findings.isEmpty()) {
                    continue; // time expressions are read only where there is a commitment to date
                }
                if (financialYears == null) {
                    financialYears = TimeExpressions.countsInFinancialYears(text.text());
                }
                List<TimeExpression> times = current(deadlines.find(sentence.text(), answered, financialYears), answered);
                TimeExpression fallback = opening(sentence.text(), times);
                if (fallback == null && i > 0) {
                    String first = sentences.get(0).text();
                    fallback = opening(first, current(deadlines.find(first, answered, financialYears), answered));
                }
                if (fallback == null && i > 0) {
                    fallback = lent(sentences.get(i - 1).text(), answered, financialYears);
                }
                int position = 0;
                for (Finding finding : findings) {
                    List<ExtractedCommitment> made = commitments(sentence, finding, times, fallback, answered, position);
                    position += made.size();
                    found.addAll(made);
                }
            }
        }
        return found;
    }

    /** A cue that makes a commitment, with the extent of its action in the sentence. */
    private record Finding(Cue cue, int actionEnd, String action, boolean subjectInherited,
                           boolean splittable) {
    }

    private List<Finding> findings(String sentence, LocalDate answered) {
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
            if (!makesCommitment(cue, subject, vp, sentence, answered)) {
                continue;
            }
            covered = actionEnd;
            String action = cue.passive() != null ? passiveAction(cue, subject, vp) : vp;
            if (!subject.government() && cue.passive() == null && isSingleVerb(vp)) {
                // "HMP Fosse Way is due to open in summer 2023": open HMP Fosse Way
                String thing = LEADING_CONJUNCTION.matcher(TRAILING_AUXILIARY.matcher(subject.phrase()).replaceAll("")).replaceAll("");
                action = firstWord(stripAdverbs(vp)) + " " + lowerFirst(thing);
            }
            boolean splittable = cue.passive() == null && (subject.government() || cue.kind() != Kind.MODAL);
            findings.add(new Finding(cue, actionEnd, action, subject.inherited(), splittable));
        }
        return findings;
    }

    /**
     * The words before a cue that say who speaks.
     *
     * @param words      the subject itself (or the start of the sentence, when the cue continues a coordination)
     * @param phrase     the whole noun phrase before the cue, for passive deliverables
     * @param government whether the government speaks
     */
    private record Subject(String words, String phrase, boolean government, boolean independent, boolean inherited,
                           boolean excluded, boolean negated) {
    }

    private static Subject subject(String sentence, Cue cue) {
        String head = sentence.substring(0, cue.start());
        int strong = Math.max(head.lastIndexOf(';'), head.lastIndexOf(':'));
        head = head.substring(strong + 1);
        boolean excluded = CONDITIONAL.matcher(head.strip()).find();
        String region = head;
        String before = "";
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
                before = head.substring(0, lastStart);
                String rest = after.strip();
                if (EXCLUDING_SUBORDINATORS.contains(word) && !(word.equals("which") && TEMPORAL_LINK.matcher(rest).find())) {
                    excluded = true;
                }
                if (word.equals("that") && rest.isEmpty()) {
                    excluded = true; // "the trade-offs that will be faced"
                }
            }
        }
        int comma = region.lastIndexOf(',');
        if (comma >= 0 && !region.substring(comma + 1).isBlank()
                && !BARE_CONJUNCTION.matcher(region.substring(comma + 1).strip()).matches()) {
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
            String[] words = WHITESPACE.split(TRAILING_PUNCTUATION.matcher(trimmed).replaceAll(""));
            String first = String.join(" ", Arrays.copyOf(words, Math.min(words.length, 10)));
            return new Subject(first, first, GOVERNMENT_SUBJECT.matcher(first).find(), INDEPENDENT_BODY.matcher(first).find(),
                    true, excluded, negated);
        }
        String[] words = WHITESPACE.split(ownWords);
        String last = String.join(" ", Arrays.copyOfRange(words, Math.max(0, words.length - 8), words.length));
        // "the Government announced that it will": the pronoun stands for whoever announced
        boolean pronoun = PRONOUN_SUBJECT.matcher(last).find();
        String referent = before.isBlank() ? head : before;
        boolean government = GOVERNMENT_SUBJECT.matcher(last).find()
                || (pronoun && GOVERNMENT_SUBJECT.matcher(referent).find() && !INDEPENDENT_BODY.matcher(referent).find());
        boolean independent = INDEPENDENT_BODY.matcher(last).find() || (pronoun && INDEPENDENT_BODY.matcher(referent).find());
        return new Subject(last, trimmed, government, independent, false, excluded, negated);
    }

    private static boolean makesCommitment(Cue cue, Subject subject, String vp, String sentence, LocalDate answered) {
        if (subject.excluded() || subject.negated() || vp.isBlank()
                || SAME_DAY_PROCEDURE.matcher(subject.words() + " " + cue.words()).find()) {
            return false;
        }
        String firstVerb = Lemmas.lemma(firstWord(stripAdverbs(vp)));
        boolean independent = subject.independent() || INDEPENDENT_AGENT.matcher(vp).find();
        boolean datedMilestone = !independent && !NON_COMMITTAL.contains(firstVerb) && datedIn(vp, answered)
                && !DEMONSTRATIVE_SUBJECT.matcher(subject.words().strip()).matches();
        return switch (cue.kind()) {
            case MODAL -> subject.government() || REPRESENTS_THE_UK.matcher(vp).find() || datedMilestone;
            case INTENTION -> NOUN_INTENTION.matcher(cue.words()).find()
                    ? GOVERNMENT_AT_END.matcher(subject.words()).find() || (ANNOUNCED_PLANS.matcher(subject.words()).find()
                            && (subject.government() || OUR_PLANS.matcher(subject.words()).find()))
                    : subject.government();
            case COMMITTED -> subject.government();
            case COMMITMENT_NOUN -> true;
            case AMBITION -> !LEGAL_REQUIREMENT.matcher(sentence).find();
            case PASSIVE, PUBLICATION -> !INDEPENDENT_AGENT.matcher(vp).find() && !subject.words().isBlank();
            case SCHEDULED -> !independent && !subject.words().isBlank();
            case DATED_PASSIVE -> !independent && !subject.words().isBlank() && datedIn(vp, answered);
            case TO_BE -> TimeExpressions.mentionsTime(vp);
            case VIEW -> GOVERNMENT_SUBJECT.matcher(sentence).find();
        };
    }

    private static boolean datedIn(String text, LocalDate answered) {
        return TimeExpressions.find(text, answered).stream().anyMatch(t -> t.dated() && !t.date().isBefore(answered));
    }

    /** Where the action of a cue ends: the end of its clause, or where the next cue with a subject of its own begins. */
    private static int actionEnd(String sentence, Cue cue, Cue next) {
        Matcher end = CLAUSE_END.matcher(sentence);
        int clauseEnd = end.find(cue.end()) ? end.start() : sentence.length();
        if (next != null && next.start() < clauseEnd) {
            String between = sentence.substring(cue.end(), next.start());
            if (!ENDS_COORDINATED.matcher(between).find()) {
                int boundary = Math.max(between.lastIndexOf(','), 0);
                return cue.end() + (boundary > 0 ? boundary : between.length());
            }
        }
        return clauseEnd;
    }

    private List<ExtractedCommitment> commitments(Sentence sentence, Finding finding, List<TimeExpression> times,
                                                  TimeExpression fallback, LocalDate answered, int firstPosition) {
        List<String> actions = finding.splittable() ? split(finding.action()) : List.of(finding.action());
        TimeExpression findingTime = timeOf(sentence.text(), finding, times).orElse(fallback);
        List<ExtractedCommitment> commitments = new ArrayList<>();
        for (String raw : actions) {
            TimeExpression own = times.stream()
                    .filter(t -> (t.dated() || t.vague() != null) && raw.contains(t.text()))
                    .findFirst().orElse(findingTime);
            FoundDeadline deadline = deadlines.deadline(Optional.ofNullable(own), answered);
            String action = action(raw, deadline);
            String verb = Lemmas.lemma(firstWord(action));
            boolean tooShort = action.isBlank() || (!action.contains(" ") && !KNOWN_VERBS.contains(verb));
            boolean broadAim = finding.cue().kind() == Kind.COMMITTED && BROAD_AIMS.contains(verb)
                    && deadline.kind() != FoundDeadline.Kind.EXPLICIT;
            if (tooShort || broadAim || DROPPED_VERBS.contains(verb) || GENERIC_ACTION.matcher(action).find()
                    || SAME_DAY_PROCEDURE.matcher(raw).find()) {
                continue;
            }
            Strength strength = strength(finding.cue(), verb, action, deadline);
            double confidence = finding.cue().kind().confidence
                    + (deadline.kind() == FoundDeadline.Kind.EXPLICIT ? 0.05 : 0.0)
                    - (finding.subjectInherited() ? 0.05 : 0.0)
                    - (strength == Strength.WEAK ? 0.1 : 0.0);
            commitments.add(new ExtractedCommitment(sentence.text(), sentence.start(), sentence.end(),
                    firstPosition + commitments.size(), action, strength,
                    Math.round(Math.max(0.05, Math.min(0.99, confidence)) * 100) / 100.0, deadline));
        }
        boolean anyFirm = commitments.stream().anyMatch(c -> c.strength() == Strength.FIRM);
        if (anyFirm && commitments.size() > 1) {
            // "will consider her proposals, consult ... and publish ...": considering is a step towards the firm actions
            commitments.removeIf(c -> c.strength() == Strength.WEAK && Lemmas.lemma(firstWord(c.action())).equals("consider"));
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
            if (!part.strip().contains(" ")) {
                continue; // "open or expand 17 hubs": one action with two verbs
            }
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
        String phrase = cue.kind() == Kind.TO_BE ? subject.words() : subject.phrase();
        String object = TRAILING_AUXILIARY.matcher(SUBJECT_FILLER.matcher(LEADING_CONJUNCTION.matcher(phrase)
                .replaceAll("")).replaceAll("")).replaceAll("");
        return switch (participle) {
            case "required to" -> "require " + lowerFirst(object) + " to " + vp.strip();
            case "able to" -> "enable " + lowerFirst(object) + " to " + vp.strip();
            case "represented by" -> "represent the UK by " + vp.strip();
            default -> infinitive(participle) + " " + lowerFirst(object)
                    + (cue.kind() == Kind.DATED_PASSIVE ? " " + vp.strip() : "");
        };
    }

    private static Strength strength(Cue cue, String verb, String action, FoundDeadline deadline) {
        if (cue.kind() == Kind.AMBITION || HEDGED_CUE.matcher(cue.words()).find()) {
            return Strength.WEAK;
        }
        if (WEAK_VERBS.contains(verb) || action.toLowerCase(Locale.ROOT).contains("under review")) {
            return Strength.WEAK;
        }
        if (FORECAST_CUE.matcher(cue.words()).find() && FORECAST_VERBS.contains(verb)) {
            return Strength.WEAK;
        }
        boolean informing = INFORMING_VERBS.contains(verb) && INFORMING_OBJECT.matcher(action).find();
        return informing && deadline.kind() != FoundDeadline.Kind.EXPLICIT ? Strength.WEAK : Strength.FIRM;
    }

    /** Dates before the answer are background ("announced on 5 May 2019"), not deadlines. */
    private static List<TimeExpression> current(List<TimeExpression> times, LocalDate answered) {
        return times.stream().filter(t -> !t.dated() || !t.date().isBefore(answered)).toList();
    }

    /**
     * The time expression of a finding: the first in its action that names a date or a vague time (else an undated
     * one, such as "every two years"), else one just before the cue in the same clause ("in May 2018 we will").
     */
    private static Optional<TimeExpression> timeOf(String sentence, Finding finding, List<TimeExpression> times) {
        List<TimeExpression> within = times.stream()
                .filter(t -> t.start() >= finding.cue().start() && t.start() < finding.actionEnd())
                .toList();
        Optional<TimeExpression> named = within.stream().filter(t -> t.dated() || t.vague() != null).findFirst();
        if (named.isPresent() || !within.isEmpty()) {
            return named.or(() -> within.stream().findFirst());
        }
        return times.stream()
                .filter(t -> t.end() <= finding.cue().start() && t.start() > 0)
                .filter(t -> {
                    String between = sentence.substring(t.end(), finding.cue().start());
                    return between.length() < 40 && (TEMPORAL_CONTINUATION.matcher(between).find()
                            || (!between.contains(",") && !between.contains(" and ")));
                })
                .reduce((first, second) -> second);
    }

    /** A time expression that opens the sentence and frames it: "Over the coming year, we will ...". */
    private static TimeExpression opening(String sentence, List<TimeExpression> times) {
        return times.stream()
                .filter(t -> t.start() <= 1 && sentence.substring(t.end()).startsWith(",")
                        && !t.text().toLowerCase(Locale.ROOT).startsWith("on "))
                .findFirst().orElse(null);
    }

    /** A date a sentence sets for what follows: "The Council will meet on 13 May 2016." */
    private TimeExpression lent(String previous, LocalDate answered, boolean financialYears) {
        String lowerCase = previous.toLowerCase(Locale.ROOT);
        if (!lowerCase.contains("will ") && !lowerCase.contains("shall ")) {
            return null;
        }
        return current(deadlines.find(previous, answered, financialYears), answered).stream()
                .filter(t -> t.dated() && t.start() > 1 && t.text().toLowerCase(Locale.ROOT).startsWith("on "))
                .findFirst().orElse(null);
    }

    private static String action(String raw, FoundDeadline deadline) {
        String action = raw;
        if (deadline.text() != null) {
            action = action.replace(deadline.text(), " ");
        }
        action = LEADING_TO_OR_HAVE.matcher(stripAdverbs(WHITESPACE.matcher(action).replaceAll(" ").strip())).replaceFirst("");
        String[] words = action.split(" ");
        if (words.length > 0) {
            words[0] = Lemmas.lemma(words[0]);
        }
        if (words.length > MAX_ACTION_WORDS) {
            words = Arrays.copyOf(words, MAX_ACTION_WORDS);
        }
        String joined = SPACE_BEFORE_COMMA.matcher(String.join(" ", words)).replaceAll(",");
        return TRAILING_FILLER.matcher(joined).replaceAll("").strip();
    }

    private static boolean isSingleVerb(String vp) {
        String words = WHITESPACE.matcher(vp.strip()).replaceAll(" ");
        String first = firstWord(words);
        String rest = TRAILING_FILLER.matcher(TimeExpressions.withoutTime(words)).replaceAll("").strip();
        return !first.isEmpty() && !rest.contains(" ");
    }

    private static String stripAdverbs(String text) {
        return LEADING_ADVERBS.matcher(text.strip()).replaceFirst("");
    }

    private static String lastWord(String text) {
        String[] words = WHITESPACE.split(text.strip());
        return words[words.length - 1];
    }

    private static String firstWord(String text) {
        String stripped = text.strip();
        int space = stripped.indexOf(' ');
        String first = space < 0 ? stripped : stripped.substring(0, space);
        StringBuilder letters = new StringBuilder();
        for (char ch : first.toLowerCase(Locale.ROOT).toCharArray()) {
            if (ch >= 'a' && ch <= 'z') {
                letters.append(ch);
            }
        }
        return letters.toString();
    }

    private static String infinitive(String participle) {
        String known = INFINITIVES.get(participle);
        return known != null ? known : Lemmas.lemma(participle);
    }

    /** "The final report" becomes "the final report"; a name or an acronym keeps its capitals. */
    private static String lowerFirst(String s) {
        Matcher determiner = LEADING_DETERMINER.matcher(s);
        return determiner.find() ? determiner.group().toLowerCase(Locale.ROOT) + s.substring(determiner.end()) : s;
    }
}
