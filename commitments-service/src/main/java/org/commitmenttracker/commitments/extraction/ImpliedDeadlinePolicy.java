package org.commitmenttracker.commitments.extraction;

import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vague time phrases have no deadline in the text, but a promise made "shortly" should still go stale. Each class of
 * phrase gets a configurable period after the date answered; the deadline is marked {@code implied} and kept out of
 * the explicit-deadline figures.
 */
public final class ImpliedDeadlinePolicy {

    /** The classes of vague phrase, each with the phrases that belong to it. */
    public enum PhraseClass {
        SOON("shortly|soon|in the near future|as soon as possible|imminently"),
        COMING_MONTHS("in the coming months|in the next few months|within the next few months|in the coming weeks"),
        DUE_COURSE("in due course|at a later date|in the future"),
        PARLIAMENTARY_TIME("when parliamentary time allows|as soon as parliamentary time allows");

        private final Pattern pattern;

        PhraseClass(String phrases) {
            this.pattern = Pattern.compile("\\b(?:" + phrases + ")\\b", Pattern.CASE_INSENSITIVE);
        }
    }

    private final Map<PhraseClass, Period> periods;

    public ImpliedDeadlinePolicy(Map<PhraseClass, Period> periods) {
        this.periods = new LinkedHashMap<>(periods);
        for (PhraseClass phraseClass : PhraseClass.values()) {
            if (!this.periods.containsKey(phraseClass)) {
                throw new IllegalArgumentException("No implied deadline period for " + phraseClass);
            }
        }
    }

    /** The default policy: shortly 3 months, coming months 6, in due course 12, parliamentary time 24. */
    public static ImpliedDeadlinePolicy defaults() {
        return new ImpliedDeadlinePolicy(Map.of(PhraseClass.SOON, Period.ofMonths(3),
                PhraseClass.COMING_MONTHS, Period.ofMonths(6), PhraseClass.DUE_COURSE, Period.ofMonths(12),
                PhraseClass.PARLIAMENTARY_TIME, Period.ofMonths(24)));
    }

    Optional<FoundDeadline> implied(String sentence, LocalDate answered) {
        for (PhraseClass phraseClass : PhraseClass.values()) {
            Matcher m = phraseClass.pattern.matcher(sentence);
            if (m.find()) {
                return Optional.of(new FoundDeadline(m.group(), answered.plus(periods.get(phraseClass)),
                        FoundDeadline.Kind.IMPLIED));
            }
        }
        return Optional.empty();
    }
}
