package org.commitmenttracker.ingest.jobs;

/** What a running job may ask of {@link JobRunner}: whether to stop, and to record what it did. */
public interface JobContext {

    /** True once the service has begun to shut down: the job stops before its next unit of work. */
    boolean stopping();

    void counted(long total);

    void progressed(JobProgress progress);

    /** See {@link JobStore#advanced}: false if another runner moved the job on first; this one then stops. */
    boolean advanced(String from, String to, JobProgress progress);
}
