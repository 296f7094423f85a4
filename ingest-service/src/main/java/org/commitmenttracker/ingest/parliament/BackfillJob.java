package org.commitmenttracker.ingest.parliament;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A backfill of the API over {@code from} to {@code to}, run a window of days at a time; {@code nextDay} is its
 * checkpoint.
 *
 * @param answers     answers and statements taken in (whatever became of them, see {@code outcomes})
 * @param outcomes    by outcome: {@code received}, {@code corrected}, {@code duplicate}, {@code superseded},
 *                    {@code withdrawn}
 * @param grouped     questions answered together with another, taken in as that one's answer
 * @param rejected    records that could not be taken in as they are (logged)
 * @param failedPages pages that could not be had or read: the job reports them and goes on
 */
record BackfillJob(String id, LocalDate from, LocalDate to, State state, LocalDate nextDay, int daysDone, int daysTotal,
                   int answers, Map<String, Integer> outcomes, int grouped, int rejected, List<PageFailure> failedPages,
                   Instant createdAt, Instant updatedAt) {

    enum State {
        RUNNING,
        /** every day done, every page read */
        DONE,
        /** every day done, some pages failed: see {@code failedPages} */
        DONE_WITH_FAILURES;

        String wire() {
            return name().toLowerCase(Locale.ROOT);
        }

        static State ofWire(String value) {
            return valueOf(value.toUpperCase(Locale.ROOT));
        }
    }

    BackfillJob {
        outcomes = Map.copyOf(outcomes);
        failedPages = List.copyOf(failedPages);
    }
}
