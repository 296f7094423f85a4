package org.commitmenttracker.ingest.parliament;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A backfill job as {@code /api/ingest/backfill} shows it.
 *
 * @param state       {@code running}, {@code done}, or {@code done_with_failures} (see {@code failedPages})
 * @param nextDay     the day it is on (or would be on, once done)
 * @param answers     answers and statements taken in, whatever became of them (see {@code outcomes})
 * @param grouped     questions answered together with another, taken in as that one's answer
 * @param rejected    records that could not be taken in as they are
 * @param failedPages pages that could not be had or read, with the day, the list ({@code answered},
 *                    {@code corrected}, {@code statements}), the page's {@code skip} and why
 */
record BackfillJobResponse(String id, LocalDate from, LocalDate to, String state, LocalDate nextDay, int daysDone,
                           int daysTotal, int answers, Map<String, Integer> outcomes, int grouped, int rejected,
                           List<FailedPage> failedPages, Instant createdAt, Instant updatedAt) {

    record FailedPage(LocalDate day, String source, int skip, String reason) {
    }

    static BackfillJobResponse of(BackfillJob job) {
        return new BackfillJobResponse(job.id(), job.from(), job.to(), job.state().wire(), job.nextDay(), job.daysDone(),
                job.daysTotal(), job.answers(), job.outcomes(), job.grouped(), job.rejected(), job.failedPages().stream()
                .map(f -> new FailedPage(f.day(), f.source(), f.skip(), f.reason())).toList(), job.createdAt(),
                job.updatedAt());
    }
}
