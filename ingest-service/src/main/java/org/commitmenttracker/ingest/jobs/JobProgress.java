package org.commitmenttracker.ingest.jobs;

import java.util.List;
import java.util.Map;

/**
 * What a job did since it last recorded its progress: added to the job's counts, its errors appended.
 *
 * @param errors the job keeps their number within its limit
 */
public record JobProgress(long done, long failed, Map<String, Long> counts, List<JobError> errors) {

    public JobProgress {
        counts = Map.copyOf(counts);
        errors = List.copyOf(errors);
    }

    public boolean isEmpty() {
        return done == 0 && failed == 0 && counts.isEmpty() && errors.isEmpty();
    }
}
