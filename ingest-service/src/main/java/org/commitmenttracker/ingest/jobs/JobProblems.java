package org.commitmenttracker.ingest.jobs;

import org.commitmenttracker.support.web.ProblemTypes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The problem detail for a job refused by {@link JobRunner#start}. */
public final class JobProblems {

    private JobProblems() {
    }

    /** 503 with {@code Retry-After}: too many jobs of the kind are waiting (or the service is stopping). */
    public static ErrorResponseException busy(String jobs) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "Too many " + jobs + " are waiting to run; nothing was accepted. Try again later.");
        problem.setType(ProblemTypes.UNAVAILABLE);
        problem.setTitle("Temporarily unavailable");
        ErrorResponseException busy = new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, problem, null);
        busy.getHeaders().set(HttpHeaders.RETRY_AFTER, "30");
        return busy;
    }
}
