package org.commitmenttracker.ingest.parliament;

/**
 * A request to the Parliament API that could not be served: after the retries, or at once when retrying cannot help
 * (a 4xx other than 429, a body that is not the JSON expected). {@link #reason()} is short and in our own words, fit
 * for a job's report; the cause, for the log, keeps the details.
 */
class ParliamentApiException extends RuntimeException {

    private final String request;
    private final String reason;

    ParliamentApiException(String request, String reason, Throwable cause) {
        super(request + ": " + reason, cause);
        this.request = request;
        this.reason = reason;
    }

    /** Method, path and query of the request. */
    String request() {
        return request;
    }

    String reason() {
        return reason;
    }
}
