package org.commitmenttracker.ingest.jobs;

import java.util.Locale;

/**
 * The kinds of job, each with its threads, its queue and its policy after a restart.
 *
 * @param threads          jobs of the kind that run side by side
 * @param waiting          jobs that may wait for a thread; beyond that a new one is refused (503) rather than queued
 *                         without bound
 * @param resumes          whether a job an earlier run left unfinished resumes from its checkpoint at start-up; if
 *                         not, it is marked failed ({@link JobRunner#INTERRUPTED_BY_RESTART})
 * @param interruptsOnStop whether a shutdown interrupts a running job at once (it resumes, so nothing is lost) rather
 *                         than let it stop between two units of work
 */
public enum JobKind {
    /** an uploaded file: the upload is kept only while the job runs, so a job cut short cannot resume */
    IMPORT(2, 50, false, false),
    /** a range of days of the Parliament API, checkpointed a window of days at a time; one at a time, to be polite */
    BACKFILL(1, 100, true, true);

    private final int threads;
    private final int waiting;
    private final boolean resumes;
    private final boolean interruptsOnStop;

    JobKind(int threads, int waiting, boolean resumes, boolean interruptsOnStop) {
        this.threads = threads;
        this.waiting = waiting;
        this.resumes = resumes;
        this.interruptsOnStop = interruptsOnStop;
    }

    public int threads() {
        return threads;
    }

    public int waiting() {
        return waiting;
    }

    public boolean resumes() {
        return resumes;
    }

    public boolean interruptsOnStop() {
        return interruptsOnStop;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static JobKind ofWireName(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
