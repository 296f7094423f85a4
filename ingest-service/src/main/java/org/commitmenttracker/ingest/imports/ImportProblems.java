package org.commitmenttracker.ingest.imports;

import java.net.URI;

import org.commitmenttracker.support.web.ProblemTypes;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponseException;

/** The problem details of refused imports, rendered by the service's problem-details advice. */
final class ImportProblems {

    /** The same type the gateway gives a body over its own limit. */

    private ImportProblems() {
    }

    static ErrorResponseException tooLarge(DataSize max) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.CONTENT_TOO_LARGE, "Content too large",
                "An import may be at most " + max.toBytes() + " bytes (" + readable(max) + ").");
    }

    static ErrorResponseException emptyBody() {
        return problem(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_BODY, "Malformed request body",
                "The request body is empty: send the file to import.");
    }

    private static ErrorResponseException problem(HttpStatus status, URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return new ErrorResponseException(status, problem, null);
    }

    private static String readable(DataSize size) {
        long bytes = size.toBytes();
        if (bytes >= 1L << 20 && bytes % (1L << 20) == 0) {
            return (bytes >> 20) + " MB";
        }
        if (bytes >= 1L << 10 && bytes % (1L << 10) == 0) {
            return (bytes >> 10) + " KB";
        }
        return bytes + " bytes";
    }
}
