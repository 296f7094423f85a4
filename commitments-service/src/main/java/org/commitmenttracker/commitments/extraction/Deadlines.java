package org.commitmenttracker.commitments.extraction;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.commitmenttracker.commitments.extraction.Analyser.Sentence;
import org.commitmenttracker.commitments.extraction.Candidates.Candidate;

/**
 * Which time expression governs a candidate: the first dated one in its own clause, else a vague one ("in due
 * course"); else one opening its clause ("From 2027 these arrangements will", "by July, every community will"); else
 * the time of a relative clause on its object ("in the annual accounts, which will be published later this year");
 * else an undated one of its clause ("every two years"); else one opening the sentence ("Over the coming year, we
 * will"); else one opening the paragraph; else a date lent by the previous sentence ("The Council will meet on 13 May
 * 2016. Lord Price will represent the UK.", or any date of it when this sentence takes it up: "Alongside this, ...").
 * Each coordinated action has its own clause ("begin in early 2026 and finish by summer 2027"), and one without a
 * time takes the time that closes the coordination ("halve obesity and reduce the gap ... by 2030"). Dates before the
 * answer are background ("announced on 5 May 2019"), not deadlines.
 */
final class Deadlines {

    /**
     * The choice for one candidate.
     *
     * @param kind dated, past, vague:CLASS, undated or none
     * @param from own, before, relative, shared, opening, paragraph, lent or none
     */
    record Chosen(TimeExpression expression, FoundDeadline deadline, String kind, String from) {
    }

    private static final Pattern TEMPORAL_CONTINUATION = Pattern.compile(
            "^,?\\s*(?:at which point|by which time|when)\\b", Pattern.CASE_INSENSITIVE);

    private final DeadlineResolver resolver;
    private final Sentence sentence;
    private final LocalDate answered;
    private final List<TimeExpression> all;
    private final List<TimeExpression> current;
    private final String paragraphOpening;
    private final String previous;
    private final boolean financialYears;
    /** Each candidate's choice, made once: a coordination's siblings ask for one another's. */
    private final Map<Candidate, Chosen> chosen = new HashMap<>();
    private List<TimeExpression> paragraphTimes;
    private List<TimeExpression> previousTimes;

    Deadlines(DeadlineResolver resolver, Sentence sentence, LocalDate answered, boolean financialYears,
              String paragraphOpening, String previous) {
        this.resolver = resolver;
        this.sentence = sentence;
        this.answered = answered;
        this.financialYears = financialYears;
        this.all = resolver.find(sentence.text(), answered, financialYears);
        this.current = current(all, answered);
        this.paragraphOpening = paragraphOpening;
        this.previous = previous;
    }

    /** The character spans of every time expression of the sentence. */
    List<int[]> spans() {
        return all.stream().map(t -> new int[] {t.start(), t.end()}).toList();
    }

    /** Whether the sentence names a date on or after the answer. */
    boolean hasFutureDate() {
        return current.stream().anyMatch(TimeExpression::dated);
    }

    /** A sentence that takes up the one before: "Alongside this, ...", "This will include ...". */
    /** What may stand between a shared time expression and the end of its clause. */
    private static final Pattern ONLY_PUNCTUATION = Pattern.compile("[\\s.,;:)]*");
    private static final Pattern ANAPHORIC_OPENING = Pattern.compile(
            "^(?:this|these|it|they|alongside this|as part of this|in addition|following this|to support this|at the same time)\\b",
            Pattern.CASE_INSENSITIVE);

    Chosen of(Candidate c, List<Candidate> siblings) {
        Chosen chosen = of(c);
        if (chosen.from().equals("none") || chosen.from().equals("opening") || chosen.from().equals("paragraph")) {
            Chosen shared = shared(c, siblings);
            if (shared != null) {
                return shared;
            }
        }
        return chosen;
    }

    /**
     * "halve childhood obesity and significantly reduce the gap ... by 2030": a coordinated action without a time of
     * its own takes the one that closes the coordination.
     */
    private Chosen shared(Candidate c, List<Candidate> siblings) {
        for (Candidate later : siblings) {
            if (later.cueFrom() == c.cueFrom() && later.conjunct() > c.conjunct()) {
                Chosen theirs = of(later);
                int clauseEnd = later.clauseEnd() < sentence.size() ? sentence.get(later.clauseEnd()).start() : sentence.text().length();
                if (theirs.from().equals("own") && theirs.expression() != null && theirs.expression().dated()
                        && ONLY_PUNCTUATION.matcher(sentence.text().substring(theirs.expression().end(), clauseEnd)).matches()) {
                    return new Chosen(theirs.expression(), theirs.deadline(), theirs.kind(), "shared");
                }
            }
        }
        return null;
    }

    Chosen of(Candidate c) {
        return chosen.computeIfAbsent(c, this::choose);
    }

    private Chosen choose(Candidate c) {
        int from = sentence.get(c.voice() == Candidates.Voice.NOMINAL ? Math.min(c.head(), c.cueFrom()) : c.head()).start();
        int to = c.clauseEnd() < sentence.size() ? sentence.get(c.clauseEnd()).start() : sentence.text().length();
        List<TimeExpression> own = current.stream().filter(t -> t.start() >= from && t.start() < to).toList();
        Optional<TimeExpression> named = own.stream().filter(TimeExpression::dated).findFirst()
                .or(() -> own.stream().filter(t -> t.vague() != null).findFirst());
        if (named.isPresent()) {
            return chosen(named.get(), "own");
        }
        int cue = sentence.get(c.cueFrom()).start();
        int clauseStart = clauseStart(c);
        Optional<TimeExpression> before = current.stream()
                .filter(t -> t.end() <= cue && t.start() >= clauseStart && (t.dated() || t.vague() != null))
                .filter(t -> {
                    String between = sentence.text().substring(t.end(), cue);
                    if (TEMPORAL_CONTINUATION.matcher(between).find()) {
                        return true;
                    }
                    // "From 2027 these arrangements will", "by July, every community will": the time opens the clause
                    String rest = between.startsWith(",") ? between.substring(1) : between;
                    return between.length() < 60 && !rest.contains(",") && !rest.contains(" and ") && !rest.contains(";");
                })
                .reduce((first, second) -> second);
        if (before.isPresent()) {
            return chosen(before.get(), "before");
        }
        Optional<TimeExpression> relative = relativeClause(c);
        if (relative.isPresent()) {
            return chosen(relative.get(), "relative");
        }
        if (!own.isEmpty()) {
            return chosen(own.get(0), "own");
        }
        TimeExpression opening = opening(sentence.text(), current);
        if (opening != null) {
            return chosen(opening, "opening");
        }
        if (paragraphOpening != null) {
            if (paragraphTimes == null) {
                paragraphTimes = current(resolver.find(paragraphOpening, answered, financialYears), answered);
            }
            TimeExpression framing = opening(paragraphOpening, paragraphTimes);
            if (framing != null) {
                return chosen(framing, "paragraph");
            }
        }
        if (previous != null) {
            TimeExpression lent = lent();
            if (lent != null) {
                return chosen(lent, "lent");
            }
        }
        boolean past = all.stream().anyMatch(t -> t.dated() && t.date().isBefore(answered) && t.start() >= from && t.start() < to);
        return new Chosen(null, FoundDeadline.none(), past ? "past" : "none", "none");
    }

    /** Where the candidate's clause starts: after the last semicolon, colon or clause opener before its subject. */
    private int clauseStart(Candidate c) {
        int subject = c.clauseStart();
        for (int k = subject - 1; k >= 0; k--) {
            String w = sentence.get(k).lower();
            if (w.equals(";") || w.equals(":") || (sentence.get(k).tagged("SCONJ") && !w.equals("that"))) {
                return sentence.get(k).end();
            }
        }
        return 0;
    }

    /**
     * "will be set out in the annual accounts, which will be published later this year": the time of a relative
     * clause on the action's object dates the action.
     */
    private Optional<TimeExpression> relativeClause(Candidate c) {
        int k = c.clauseEnd();
        if (k < sentence.size() && sentence.get(k).lower().equals(",")) {
            k++;
        }
        if (k >= sentence.size() || !(sentence.get(k).lower().equals("which") || sentence.get(k).lower().equals("that"))) {
            return Optional.empty();
        }
        int from = sentence.get(k).start();
        int to = Candidates.clauseEnd(sentence, k + 1) < sentence.size()
                ? sentence.get(Candidates.clauseEnd(sentence, k + 1)).start() : sentence.text().length();
        return current.stream().filter(t -> t.dated() && t.start() >= from && t.start() < to).findFirst();
    }

    private Chosen chosen(TimeExpression e, String from) {
        String kind = e.dated() ? "dated" : e.vague() != null ? "vague:" + e.vague().name() : "undated";
        return new Chosen(e, resolver.deadline(Optional.of(e), answered), kind, from);
    }

    /** Dates before the answer are background ("announced on 5 May 2019"), not deadlines. */
    private static List<TimeExpression> current(List<TimeExpression> times, LocalDate answered) {
        return times.stream().filter(t -> !t.dated() || !t.date().isBefore(answered)).toList();
    }

    /** A time expression that opens the sentence and frames it: "Over the coming year, we will ...". */
    private static TimeExpression opening(String text, List<TimeExpression> times) {
        return times.stream()
                .filter(t -> t.start() <= 1 && text.substring(t.end()).startsWith(",")
                        && !t.text().toLowerCase(Locale.ROOT).startsWith("on "))
                .findFirst().orElse(null);
    }

    /**
     * A date the previous sentence lends: the day it sets for an event ("The Council will meet on 13 May 2016. Lord
     * Price will represent the UK."), or its date when this sentence takes it up ("Alongside this, ...").
     */
    private TimeExpression lent() {
        if (previousTimes == null) {
            previousTimes = current(resolver.find(previous, answered, financialYears), answered);
        }
        List<TimeExpression> times = previousTimes;
        if (ANAPHORIC_OPENING.matcher(sentence.text()).find()) {
            return times.stream().filter(TimeExpression::dated).findFirst().orElse(null);
        }
        return times.stream()
                .filter(t -> t.dated() && t.start() > 1 && t.text().toLowerCase(Locale.ROOT).startsWith("on "))
                .findFirst().orElse(null);
    }
}
