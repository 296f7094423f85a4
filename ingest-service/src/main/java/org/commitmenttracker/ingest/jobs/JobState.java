package org.commitmenttracker.ingest.jobs;

import java.util.Locale;

/** Where a job is. */
public enum JobState {
    /** waiting for a thread of its kind */
    QUEUED,
    RUNNING,
    /** all its work done; some units may have failed (see {@link Job#failed()}) */
    COMPLETED,
    /** the job could not be done or could not go on; its reason says why */
    FAILED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static JobState ofWireName(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
