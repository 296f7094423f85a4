package org.commitmenttracker.commitments.extraction;

import java.time.LocalDate;

/**
 * A time expression found in a sentence.
 *
 * @param start  offset in the sentence
 * @param date   the last day of the period it names, or null when it names none ("in due course", "every two years",
 *               "within six months of the report")
 * @param vague  the class of vague phrase it is, for the implied-deadline policy; null if it is not vague
 */
record TimeExpression(String text, int start, int end, LocalDate date, ImpliedDeadlinePolicy.PhraseClass vague) {

    boolean dated() {
        return date != null;
    }
}
