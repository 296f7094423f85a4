package org.commitmenttracker.commitments.extraction;

import java.time.LocalDate;

/**
 * A deadline as the engine found it.
 *
 * @param text verbatim from the answer, or null
 * @param date the last day, or null
 * @param kind explicit (from the text), implied (from the policy for a vague phrase) or none
 */
public record FoundDeadline(String text, LocalDate date, Kind kind) {

    public enum Kind { EXPLICIT, IMPLIED, NONE }

    public static FoundDeadline none() {
        return new FoundDeadline(null, null, Kind.NONE);
    }

    public static FoundDeadline explicit(String text, LocalDate date) {
        return new FoundDeadline(text, date, Kind.EXPLICIT);
    }
}
