package org.commitmenttracker.commitments.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The commissive cues: the words that announce a promise ("will", "committed to", "intend to", "will be
 * published", ...), found in a sentence with their kind. Whether a cue makes a commitment depends on who speaks and
 * what follows; {@link CommitmentExtractor} decides that.
 */
final class Cues {

    enum Kind {
        /** "we will publish": the subject must be the government */
        MODAL(0.85),
        /** "the report will be published", "electors will be required to": a deliverable or policy, any subject */
        PASSIVE(0.7),
        /** "we are committed to introducing", "we committed to building" */
        COMMITTED(0.8),
        /** "commitments to launch a consultation": a noun, no subject needed */
        COMMITMENT_NOUN(0.75),
        /** "we intend to", "we plan to", "is due to", "we expect to publish" */
        INTENTION(0.75),
        /** "statistics are intended for publication", "the strategy, planned for publication in Summer 2025" */
        PUBLICATION(0.75),
        /** "the pilot schemes scheduled to run in May 2018", "the prison is due to open in summer 2023" */
        SCHEDULED(0.65),
        /** "65% of patients will be seen within 18 weeks by March 2026": counts only with a date */
        DATED_PASSIVE(0.6),
        /** "new schemes to be announced later this year": counts only with a time expression */
        TO_BE(0.6),
        /** "a new national ambition to halve childhood obesity by 2030": weak */
        AMBITION(0.6),
        /** "with the view of bringing forward a White Paper" */
        VIEW(0.6);

        final double confidence;

        Kind(double confidence) {
            this.confidence = confidence;
        }
    }

    /**
     * A cue in a sentence.
     *
     * @param start   where the cue's words begin
     * @param end     where the promised action begins
     * @param passive for passive cues, the past participle ("published"); else null
     */
    record Cue(Kind kind, int start, int end, String words, String passive) {
    }

    static final String PASSIVE_DELIVERABLES = "published|laid|launched|introduced|announced|set out|made available"
            + "|brought forward|issued|released|provided|implemented|rolled out|delivered|opened|extended|sought"
            + "|represented by|reduced|increased|raised|uprated|abolished|scrapped|frozen|capped|doubled|halved|expanded"
            + "|replaced|removed|closed";

    /** A rule, tried only on sentences that hold one of its trigger words (far cheaper to look for than the pattern). */
    private record Rule(Kind kind, Pattern pattern, List<String> triggers) {
    }

    private static final List<Rule> RULES = List.of(
            rule(Kind.PASSIVE, "\\b(?:will|shall) (?:also |now |then |therefore |shortly |soon |initially )?be (" + PASSIVE_DELIVERABLES
                    + "|required to|able to)\\b", "will be", "shall be"),
            rule(Kind.DATED_PASSIVE, "\\b(?:will|shall) (?:also |now |then |initially )?be (\\w+(?:ed|en)|seen|met|made|paid|given|built"
                    + "|held|run|set|kept|brought|sent|taken|done)\\b", "will be", "shall be"),
            rule(Kind.MODAL, "\\b(?:will|shall)(?! not\\b| never\\b| always\\b| be\\b)(?: have)?\\s+", "will", "shall"),
            rule(Kind.MODAL, "\\b(?:will|shall) be (?=\\w+ing\\b)", "will be", "shall be"),
            rule(Kind.COMMITTED, "\\b(?:(?:am|is|are|was|were|remain|remains|have been|has been|have|has)\\s+)?(?:fully |firmly |also |now |absolutely |strongly )?committed (?:us |ourselves |itself |the government |the department )?to\\s+(?=\\w+ing\\b|(?!the\\b|a\\b|an\\b|this\\b|that\\b|these\\b|those\\b|our\\b|its\\b|their\\b|ensuring\\b)[a-z]+\\b)", "committed"),
            rule(Kind.COMMITMENT_NOUN, "\\bcommitments? to\\s+(?=[a-z]+\\b)(?!the\\b|a\\b|an\\b|this\\b|that\\b|these\\b|our\\b|its\\b|their\\b)", "commitment"),
            rule(Kind.PUBLICATION, "\\b(?:intended|planned|scheduled|due|expected|earmarked) for (?:publication|release|launch)\\b", "publication", "release", "launch"),
            rule(Kind.INTENTION, "\\b(?:intends?|intending|plans?|planning|aims?|aiming|expects?|expecting|proposes?|proposing"
                    + "|(?:is|are|am) (?:going|set)|(?:has|have) agreed|undertakes?|promised?|pledged?|seeks?|seeking)\\s+to\\s+(?=[a-z]+\\b)", "intend", " plan", " aim", "expect", "propos", "going to", "set to", "agreed to", "undertak", "promis", "pledg", "seek"),
            rule(Kind.SCHEDULED, "\\b(?:scheduled|(?:is|are) due)\\s+to\\s+(?=[a-z]+\\b)", "scheduled", "due to"),
            rule(Kind.TO_BE, "\\bto be (announced|published|launched|laid|introduced|set out)\\b", "to be"),
            rule(Kind.AMBITION, "\\b(?:ambitions?|target|goal|mission)\\s+(?:is\\s+)?to\\s+(?=[a-z]+\\b)", "ambition", "target", "goal", "mission"),
            rule(Kind.VIEW, "\\bwith (?:a|the) view (?:of|to) (?=\\w+ing\\b)", "view"));

    private Cues() {
    }

    /** Every cue in the sentence, in order; where two overlap, the one listed first among the rules wins. */
    static List<Cue> in(String sentence) {
        List<Cue> cues = new ArrayList<>();
        String lowerCase = sentence.toLowerCase(Locale.ROOT);
        for (Rule rule : RULES) {
            if (rule.triggers().stream().noneMatch(lowerCase::contains)) {
                continue;
            }
            Matcher m = rule.pattern().matcher(sentence);
            while (m.find()) {
                String passive = switch (rule.kind()) {
                    case PASSIVE, TO_BE, DATED_PASSIVE -> m.group(1);
                    case PUBLICATION -> "published";
                    default -> null;
                };
                Cue cue = new Cue(rule.kind(), m.start(), m.end(), m.group(), passive);
                if (cues.stream().noneMatch(c -> c.start() < cue.end() && cue.start() < c.end())) {
                    cues.add(cue);
                }
            }
        }
        cues.sort(Comparator.comparingInt(Cue::start));
        return cues;
    }

    private static Rule rule(Kind kind, String regex, String... triggers) {
        return new Rule(kind, Pattern.compile(regex, Pattern.CASE_INSENSITIVE), List.of(triggers));
    }
}
