package org.commitmenttracker.ingest.jobs;

import java.time.Duration;

/**
 * How a job's turn ended.
 *
 * @param reason      why it failed, or why it stopped
 * @param retryAfter  when to run it again, if {@code how} is {@link How#RETRY_LATER}
 */
public record JobEnd(How how, String reason, Duration retryAfter) {

    public enum How {
        /** every unit done */
        COMPLETED,
        /** the job could not go on */
        FAILED,
        /** a passing failure (the store or the broker away): the job runs again from its checkpoint later */
        RETRY_LATER,
        /** left as it is: the service is stopping (the job resumes at the next start), or another runner has it */
        STOPPED
    }

    public static JobEnd completed() {
        return new JobEnd(How.COMPLETED, null, null);
    }

    public static JobEnd failed(String reason) {
        return new JobEnd(How.FAILED, reason, null);
    }

    public static JobEnd retryLater(Duration after, String reason) {
        return new JobEnd(How.RETRY_LATER, reason, after);
    }

    public static JobEnd stopped(String reason) {
        return new JobEnd(How.STOPPED, reason, null);
    }
}
