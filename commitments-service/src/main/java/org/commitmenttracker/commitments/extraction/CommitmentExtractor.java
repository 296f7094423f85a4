package org.commitmenttracker.commitments.extraction;

import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commitmenttracker.events.Strength;

/**
 * Finds commitments in the text of a written answer: sentences in which the government, or someone speaking for it,
 * undertakes a future action. These are first rules, deliberately simple:
 * <ul>
 * <li>a commissive cue ("will", "shall", "committed to", "commitments to", "intend to", "plan to", "are going to",
 * "is due to", "will be published") whose subject is the government (we, the Government, the Department, Ministers,
 * I) or a passive deliverable ("the report will be published");</li>
 * <li>negations ("no plans to", "will not"), rhetoric ("will never") and conditionals ("would") are not
 * commitments;</li>
 * <li>hedges ("continue to", "consider", "keep under review", "work with") make a commitment {@code weak};</li>
 * <li>coordinated actions ("commitments to launch a consultation ... and implement a digital imprints regime ...")
 * are split, one commitment each;</li>
 * <li>the deadline comes from {@link DeadlineResolver}.</li>
 * </ul>
 */
public final class CommitmentExtractor {

    private static final Pattern CUE = Pattern.compile(
            "\\b(?:will(?! not\\b| never\\b)(?: be (?=published|laid|launched|introduced|announced|set out|made available|brought forward))?"
                    + "|shall(?! not\\b)|(?:is|are|remains?|remain) (?:fully )?committed to|commitments? to|intends? to"
                    + "|plans? to|(?:is|are) going to|expects? to publish|(?:is|are) due to)\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern GOVERNMENT_SUBJECT = Pattern.compile(
            "\\b(?:we|the government|government|the department|department|ministers?|i|my department|my officials"
                    + "|officials|the [a-z]+ secretary|highways england|network rail)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PASSIVE_DELIVERABLE = Pattern.compile(
            "\\bwill be (published|laid|launched|introduced|announced|set out|made available|brought forward)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> INFINITIVES = Map.of("published", "publish", "laid", "lay",
            "launched", "launch", "introduced", "introduce", "announced", "announce", "set out", "set out",
            "made available", "make available", "brought forward", "bring forward");
    private static final Pattern NEGATED = Pattern.compile(
            "\\b(?:no (?:current )?plans?|not (?:currently )?(?:planning|intend)|will not|won't|will never|has no intention)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HEDGE = Pattern.compile(
            "\\b(?:continue to|consider|keep (?:\\w+ ){0,4}under review|work (?:closely )?with|engage|seek to|aim to"
                    + "|explore|look at|update (?:the House|Parliament)|advise Parliament|set out (?:further )?details|ambition)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COORDINATED_VERB = Pattern.compile(
            ",? and (?=(?:launch|implement|publish|introduce|set|bring|deliver|provide|make|build|consult|hold|create"
                    + "|establish|review|develop|legislate|require|extend|increase|reduce|write|run|test|update|announce"
                    + "|expand|fund|invest|improve|lay|give|appoint|close|open|convene|work|refresh|consider|continue)\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_ACTION_LENGTH = 160;

    private final DeadlineResolver deadlines;

    public CommitmentExtractor(DeadlineResolver deadlines) {
        this.deadlines = deadlines;
    }

    /** The commitments in {@code text}, in the order they appear. */
    public List<ExtractedCommitment> extract(PlainText text, LocalDate answered) {
        List<ExtractedCommitment> found = new ArrayList<>();
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.UK);
        for (PlainText.Span paragraph : text.paragraphs()) {
            String body = text.text().substring(paragraph.start(), paragraph.end());
            sentences.setText(body);
            for (int start = sentences.first(), end = sentences.next(); end != BreakIterator.DONE;
                 start = end, end = sentences.next()) {
                String raw = body.substring(start, end);
                String sentence = raw.strip();
                if (sentence.isEmpty()) {
                    continue;
                }
                int offset = paragraph.start() + start + raw.indexOf(sentence);
                found.addAll(inSentence(sentence, offset, answered));
            }
        }
        return found;
    }

    private List<ExtractedCommitment> inSentence(String sentence, int offset, LocalDate answered) {
        Matcher cue = CUE.matcher(sentence);
        if (!cue.find() || NEGATED.matcher(sentence).find()) {
            return List.of();
        }
        String before = sentence.substring(0, cue.start());
        boolean governmentSubject = GOVERNMENT_SUBJECT.matcher(before).find();
        Matcher passive = PASSIVE_DELIVERABLE.matcher(sentence);
        boolean passiveDeliverable = !governmentSubject && passive.find();
        if (!governmentSubject && !passiveDeliverable && !cue.group().toLowerCase(Locale.ROOT).startsWith("commitment")) {
            return List.of();
        }
        FoundDeadline deadline = deadlines.resolve(sentence, answered);
        String rest = passiveDeliverable
                ? INFINITIVES.get(passive.group(1).toLowerCase(Locale.ROOT)) + " " + lowerFirst(before.strip())
                : sentence.substring(cue.end());
        List<ExtractedCommitment> commitments = new ArrayList<>();
        String[] actions = COORDINATED_VERB.split(rest);
        for (int i = 0; i < actions.length; i++) {
            String action = action(actions[i], deadline);
            if (action.split("\\s+").length < 2) {
                continue;
            }
            Strength strength = HEDGE.matcher(sentence).find() ? Strength.WEAK : Strength.FIRM;
            double confidence = (strength == Strength.FIRM ? 0.75 : 0.55)
                    + (deadline.kind() == FoundDeadline.Kind.EXPLICIT ? 0.1 : 0.0);
            commitments.add(new ExtractedCommitment(sentence, offset, offset + sentence.length(), i, action, strength,
                    confidence, deadline));
        }
        return commitments;
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static String action(String raw, FoundDeadline deadline) {
        String action = raw;
        if (deadline.text() != null) {
            action = action.replace(deadline.text(), " ");
        }
        action = action.replaceAll("\\s+", " ").replaceAll("[\\s,;:.]+$", "").strip();
        if (action.length() > MAX_ACTION_LENGTH) {
            int cut = action.lastIndexOf(' ', MAX_ACTION_LENGTH);
            action = action.substring(0, cut > 0 ? cut : MAX_ACTION_LENGTH);
        }
        return action;
    }
}
