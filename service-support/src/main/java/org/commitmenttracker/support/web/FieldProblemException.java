package org.commitmenttracker.support.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A request refused for a reason that names a field: a change the resource's state does not allow (409), one that
 * lacks what its rules need (422), or a caller who may not make it (403). Becomes a problem detail with the field
 * under {@code errors}.
 */
public class FieldProblemException extends RuntimeException {

    private final HttpStatus status;
    private final URI type;
    private final String title;
    private final List<FieldError> errors;

    private FieldProblemException(HttpStatus status, URI type, String title, String field, String message) {
        super(field + ": " + message);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = List.of(new FieldError(field, message));
    }

    /** 409: the resource is not in a state that allows this (a bad transition, a stale version). */
    public static FieldProblemException conflict(String field, String message) {
        return new FieldProblemException(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "Conflict", field, message);
    }

    /** 422: well-formed, but missing what the rules need (evidence for "delivered", a reason for a rejection). */
    public static FieldProblemException unprocessable(String field, String message) {
        return new FieldProblemException(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.UNPROCESSABLE,
                "Cannot be done as asked", field, message);
    }

    /** 403: the caller may not do this. */
    public static FieldProblemException forbidden(String field, String message) {
        return new FieldProblemException(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Forbidden", field, message);
    }

    public HttpStatus status() {
        return status;
    }

    public URI type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
