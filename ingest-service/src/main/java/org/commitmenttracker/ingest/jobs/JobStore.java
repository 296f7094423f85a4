package org.commitmenttracker.ingest.jobs;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Jobs of every kind, each changed only by single-document atomic updates. */
public interface JobStore {

    void create(Job job);

    Optional<Job> find(String id);

    /** Jobs still queued or running that were created before {@code createdBefore}, oldest first. */
    List<Job> unfinished(Instant createdBefore);

    /** Marks a queued job running. */
    void started(String id, Instant at);

    void counted(String id, long total, Instant at);

    void progressed(String id, JobProgress progress, Instant at);

    /**
     * Adds {@code progress} to a running job and moves its checkpoint from {@code from} to {@code to}, atomically and
     * only if the job still stands at {@code from}: false if another runner moved it first (so nothing counts twice).
     */
    boolean advanced(String id, String from, String to, JobProgress progress, Instant at);

    /** Ends a job that has not ended yet; false if it had. */
    boolean finished(String id, JobState state, String reason, Instant at);
}
