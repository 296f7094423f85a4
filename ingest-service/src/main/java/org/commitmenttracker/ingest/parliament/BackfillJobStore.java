package org.commitmenttracker.ingest.parliament;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Backfill jobs, each changed by single-document atomic updates. */
interface BackfillJobStore {

    void insert(BackfillJob job);

    Optional<BackfillJob> find(String id);

    /** The jobs left running, e.g. by a service that stopped mid-backfill. */
    List<String> running();

    /**
     * Adds the result of the days {@code from} to {@code to} to a running job and moves its checkpoint on to the day
     * after, atomically and only if the job still stands at {@code from}: false if another runner recorded those days
     * first (so no day counts twice).
     */
    boolean recordDays(String id, LocalDate from, LocalDate to, DayResult result, Instant at);

    /** Ends a running job in {@code state}. */
    void finish(String id, BackfillJob.State state, Instant at);
}
