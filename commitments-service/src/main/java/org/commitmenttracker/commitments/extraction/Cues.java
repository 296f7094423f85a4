package org.commitmenttracker.commitments.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
        /** "the pilot schemes scheduled to run in May 2018" */
        SCHEDULED(0.65),
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
            + "|brought forward|issued|released|provided|implemented|rolled out|delivered|opened|extended";

    private record Rule(Kind kind, Pattern pattern) {
    }

    private static final List<Rule> RULES = List.of(
            rule(Kind.PASSIVE, "\\b(?:will|shall) (?:also |now |then |therefore |shortly |soon |initially )?be (" + PASSIVE_DELIVERABLES
                    + "|required to|able to)\\b"),
            rule(Kind.MODAL, "\\b(?:will|shall)(?! not\\b| never\\b| always\\b| be\\b)(?: have)?\\s+"),
            rule(Kind.MODAL, "\\b(?:will|shall) be (?=\\w+ing\\b)"),
            rule(Kind.COMMITTED, "\\b(?:(?:am|is|are|was|were|remain|remains|have been|has been|have|has)\\s+)?(?:fully |firmly |also |now |absolutely |strongly )?committed (?:us |ourselves |itself |the government |the department )?to\\s+(?=\\w+ing\\b|(?!the\\b|a\\b|an\\b|this\\b|that\\b|these\\b|those\\b|our\\b|its\\b|their\\b|ensuring\\b)[a-z]+\\b)"),
            rule(Kind.COMMITMENT_NOUN, "\\bcommitments? to\\s+(?=[a-z]+\\b)(?!the\\b|a\\b|an\\b|this\\b|that\\b|these\\b|our\\b|its\\b|their\\b)"),
            rule(Kind.PUBLICATION, "\\b(?:intended|planned|scheduled|due|expected|earmarked) for (?:publication|release|launch)\\b"),
            rule(Kind.INTENTION, "\\b(?:intends?|intending|plans?|planning|aims?|aiming|expects?|expecting|proposes?|proposing"
                    + "|(?:is|are|am) (?:due|going|set)|(?:has|have) agreed|undertakes?|promised?|pledged?|seeks?|seeking)\\s+to\\s+(?=[a-z]+\\b)"),
            rule(Kind.SCHEDULED, "\\bscheduled\\s+to\\s+(?=[a-z]+\\b)"),
            rule(Kind.TO_BE, "\\bto be (announced|published|launched|laid|introduced|set out)\\b"),
            rule(Kind.AMBITION, "\\b(?:ambitions?|target|goal|mission)\\s+(?:is\\s+)?to\\s+(?=[a-z]+\\b)"),
            rule(Kind.VIEW, "\\bwith (?:a|the) view (?:of|to) (?=\\w+ing\\b)"));

    private Cues() {
    }

    /** Every cue in the sentence, in order; where two overlap, the one listed first among the rules wins. */
    static List<Cue> in(String sentence) {
        List<Cue> cues = new ArrayList<>();
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(sentence);
            while (m.find()) {
                String passive = switch (rule.kind()) {
                    case PASSIVE, TO_BE -> m.group(1);
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

    private static Rule rule(Kind kind, String regex) {
        return new Rule(kind, Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
    }
}
