package org.commitmenttracker.ingest.parliament;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.commitmenttracker.ingest.jobs.Job;
import org.commitmenttracker.ingest.jobs.JobState;

/**
 * A backfill job as {@code /api/ingest/backfill} shows it.
 *
 * @param state       {@code queued}, {@code running}, {@code done}, {@code done_with_failures} (see
 *                    {@code failedPages}) or {@code failed} (see {@code reason})
 * @param nextDay     the day it is on (or would be on, once done)
 * @param answers     answers and statements taken in, whatever became of them (see {@code outcomes})
 * @param grouped     questions answered together with another, taken in as that one's answer
 * @param rejected    records that could not be taken in as they are
 * @param failedPages pages that could not be had or read, with the day, the list ({@code answered},
 *                    {@code corrected}, {@code statements}), the page's {@code skip} and why (the first
 *                    {@code ingest.jobs.max-stored-errors}; all are counted in {@code failedPageCount})
 */
record BackfillJobResponse(String id, LocalDate from, LocalDate to, String state, LocalDate nextDay, long daysDone,
                           long daysTotal, long answers, Map<String, Long> outcomes, long grouped, long rejected,
                           long failedPageCount, List<FailedPage> failedPages, String reason, Instant createdAt,
                           Instant updatedAt) {

    record FailedPage(LocalDate day, String source, int skip, String reason) {
    }

    static BackfillJobResponse of(Job job) {
        Map<String, Long> outcomes = new LinkedHashMap<>(job.counts());
        outcomes.remove(BackfillWork.GROUPED);
        outcomes.remove(BackfillWork.REJECTED);
        long answers = outcomes.values().stream().mapToLong(Long::longValue).sum();
        return new BackfillJobResponse(job.id(), LocalDate.parse(job.parameter(BackfillWork.FROM)),
                LocalDate.parse(job.parameter(BackfillWork.TO)), state(job), LocalDate.parse(job.checkpoint()),
                job.done(), job.total(), answers, outcomes, job.count(BackfillWork.GROUPED),
                job.count(BackfillWork.REJECTED), job.failed(), job.errors().stream().map(PageFailure::of)
                .map(f -> new FailedPage(f.day(), f.source(), f.skip(), f.reason())).toList(), job.reason(),
                job.createdAt(), job.updatedAt());
    }

    private static String state(Job job) {
        if (job.state() == JobState.COMPLETED) {
            return job.failed() == 0 ? "done" : "done_with_failures";
        }
        return job.state().wireName();
    }
}
