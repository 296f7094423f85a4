package org.commitmenttracker.events;

import java.time.LocalDate;

/** Where a commitment was made: the answer, who gave it and when. */
public record CommitmentSource(
        String answerId,
        String house,
        String department,
        String minister,
        String askedBy,
        LocalDate dateAnswered,
        String heading,
        String sourceUrl) {
}
