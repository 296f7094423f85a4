package org.commitmenttracker.ingest.parliament;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.commitmenttracker.ingest.answers.AnswerIntake;

/**
 * What one day's polling (or one window of days, from {@code day} on) took in.
 *
 * @param outcomes answers and statements handed to the intake, by what became of them
 * @param grouped  questions answered together with another, whose answer was taken in under that one
 * @param rejected records that cannot be taken in as they are (no UIN, no answer text, invalid fields): logged and
 *                 counted, not retried
 * @param failures pages (or records) that could not be had: the day is tried again
 */
record DayResult(LocalDate day, Map<AnswerIntake.Outcome, Integer> outcomes, int grouped, int rejected,
                 List<PageFailure> failures) {

    DayResult {
        outcomes = Map.copyOf(outcomes);
        failures = List.copyOf(failures);
    }

    int answers() {
        return outcomes.values().stream().mapToInt(Integer::intValue).sum();
    }

    boolean failed() {
        return !failures.isEmpty();
    }
}
