package org.commitmenttracker.ingest.jobs;

/** The work of one kind of job; {@link JobRunner} runs it on the kind's threads and records how it ended. */
public interface JobWork {

    JobKind kind();

    /**
     * Does the job's work, from its checkpoint on, recording its progress through {@code context} as it goes.
     * Exceptions it lets out fail the job ("stopped on an internal error").
     */
    JobEnd run(Job job, JobContext context);

    /** Cleans up after a job that ended without running to its end (its kind does not resume). */
    default void abandoned(Job job) {
    }
}
