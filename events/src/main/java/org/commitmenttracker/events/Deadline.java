package org.commitmenttracker.events;

import java.time.LocalDate;

/**
 * When a commitment falls due.
 *
 * @param text the time expression verbatim from the answer, or null
 * @param date the resolved last day, or null when there is none
 */
public record Deadline(String text, LocalDate date, DeadlineKind kind) {

    public static Deadline none() {
        return new Deadline(null, null, DeadlineKind.NONE);
    }
}
