package org.commitmenttracker.ingest.jobs;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A background job of any kind, as stored: an import of a file, a backfill of the Parliament API. Every kind has the
 * same state, counts, errors and checkpoint, in one store; what the numbers count is the kind's to say.
 *
 * @param parameters what the job was asked to do, e.g. {@code format} of an import, {@code from} and {@code to} of a
 *                   backfill
 * @param total      how many units of work there are ({@code 0} until known): an import's records, a backfill's days
 * @param done       units done, whatever their outcome
 * @param failed     units that failed: an import's records, a backfill's pages (the job goes on past them)
 * @param counts     what became of the work, by name (e.g. {@code received}, {@code duplicate}, {@code grouped})
 * @param errors     the first failures, each with its place and reason
 * @param checkpoint where the job resumes after a restart, for kinds that resume ({@code null} before the first)
 * @param reason     why the job failed, if it did
 */
public record Job(String id, JobKind kind, JobState state, Map<String, String> parameters, long total, long done,
                  long failed, Map<String, Long> counts, List<JobError> errors, String checkpoint, String reason,
                  Instant createdAt, Instant startedAt, Instant updatedAt, Instant finishedAt) {

    public Job {
        parameters = Map.copyOf(parameters);
        counts = Map.copyOf(counts);
        errors = List.copyOf(errors);
    }

    /** A new job, waiting for its turn. */
    public static Job queued(String id, JobKind kind, Map<String, String> parameters, long total, String checkpoint,
                             Instant at) {
        return new Job(id, kind, JobState.QUEUED, parameters, total, 0, 0, Map.of(), List.of(), checkpoint, null, at,
                null, at, null);
    }

    /** A parameter the job was created with, or {@code null}. */
    public String parameter(String name) {
        return parameters.get(name);
    }

    public long count(String name) {
        return counts.getOrDefault(name, 0L);
    }

    public boolean ended() {
        return state == JobState.COMPLETED || state == JobState.FAILED;
    }
}
