package org.commitmenttracker.commitments.extraction;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a paragraph into sentences with the JDK's {@link BreakIterator} (it does as well as OpenNLP's default model
 * on these texts and needs no model file), corrected for what it gets wrong in parliamentary answers: it breaks after
 * abbreviations ("e.g.", "Hon.", "No."), and it knows nothing of lines, while tables and lists come one cell or item
 * per line. So each line is split on its own, and a break after a known abbreviation is undone.
 */
final class Sentences {

    /** A sentence and its offset in the plain text. */
    record Sentence(String text, int start) {

        int end() {
            return start + text.length();
        }
    }

    private static final Set<String> ABBREVIATIONS = Set.of("e.g.", "i.e.", "etc.", "hon.", "rt.", "no.", "nos.", "st.",
            "mr.", "mrs.", "ms.", "dr.", "prof.", "sir.", "cf.", "vol.", "para.", "paras.", "art.", "sch.", "reg.",
            "approx.", "fig.", "c.", "ca.", "vs.", "v.", "p.", "pp.", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.",
            "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "govt.", "dept.", "u.k.", "h.m.");

    private Sentences() {
    }

    private static final BreakIterator PROTOTYPE = BreakIterator.getSentenceInstance(Locale.UK);

    /** A sentence iterator of its own for one caller: creating one is slow, a copy is not; none is thread-safe. */
    static BreakIterator breakIterator() {
        return (BreakIterator) PROTOTYPE.clone();
    }

    static List<Sentence> of(String text, PlainText.Span paragraph) {
        return of(text, paragraph, breakIterator());
    }

    static List<Sentence> of(String text, PlainText.Span paragraph, BreakIterator breaks) {
        List<Sentence> sentences = new ArrayList<>();
        int lineStart = paragraph.start();
        while (lineStart < paragraph.end()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0 || lineEnd > paragraph.end()) {
                lineEnd = paragraph.end();
            }
            split(text, lineStart, lineEnd, breaks, sentences);
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    private static void split(String text, int from, int to, BreakIterator breaks, List<Sentence> out) {
        String line = text.substring(from, to);
        breaks.setText(line);
        int sentenceStart = 0;
        for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
            String candidate = line.substring(sentenceStart, end).stripTrailing();
            boolean more = end < line.length();
            if (more && endsWithAbbreviation(candidate)) {
                continue; // "e.g. the report" is one sentence
            }
            add(out, line.substring(sentenceStart, end), from + sentenceStart);
            sentenceStart = end;
        }
        if (sentenceStart < line.length()) {
            add(out, line.substring(sentenceStart), from + sentenceStart);
        }
    }

    private static boolean endsWithAbbreviation(String candidate) {
        int space = Math.max(candidate.lastIndexOf(' '), candidate.lastIndexOf('('));
        return ABBREVIATIONS.contains(candidate.substring(space + 1).toLowerCase(Locale.ROOT));
    }

    private static void add(List<Sentence> out, String raw, int offset) {
        String stripped = raw.strip();
        if (!stripped.isEmpty()) {
            out.add(new Sentence(stripped, offset + raw.indexOf(stripped)));
        }
    }
}
