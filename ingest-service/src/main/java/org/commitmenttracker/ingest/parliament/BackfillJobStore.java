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
     * Adds one day's result to a running job and moves its checkpoint on to the next day, atomically and only if the
     * job still stands at {@code day}: false if another runner recorded that day first (so no day counts twice).
     */
    boolean recordDay(String id, LocalDate day, DayResult result, Instant at);

    /** Ends a running job in {@code state}. */
    void finish(String id, BackfillJob.State state, Instant at);
}
