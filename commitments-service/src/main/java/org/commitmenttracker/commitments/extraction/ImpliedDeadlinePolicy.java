package org.commitmenttracker.commitments.extraction;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumMap;
import java.util.Map;

/**
 * Vague time phrases have no deadline in the text, but a promise made "shortly" should still go stale. Each class of
 * phrase gets a configurable period after the date answered; the deadline is marked {@code implied} and kept out of
 * the explicit-deadline figures.
 */
public final class ImpliedDeadlinePolicy {

    /** The classes of vague phrase ({@link TimeExpressions} lists the phrases of each). */
    public enum PhraseClass {
        /** shortly, soon, in the near future, as soon as possible */
        SOON,
        /** in the coming months, within the next few months */
        COMING_MONTHS,
        /** in due course, at a later date */
        DUE_COURSE,
        /** when parliamentary time allows */
        PARLIAMENTARY_TIME
    }

    private final Map<PhraseClass, Period> periods;

    public ImpliedDeadlinePolicy(Map<PhraseClass, Period> periods) {
        this.periods = new EnumMap<>(PhraseClass.class);
        this.periods.putAll(periods);
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

    FoundDeadline implied(String text, PhraseClass phraseClass, LocalDate answered) {
        return new FoundDeadline(text, answered.plus(periods.get(phraseClass)), FoundDeadline.Kind.IMPLIED);
    }
}
