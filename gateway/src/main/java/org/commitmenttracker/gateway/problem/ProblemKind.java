package org.commitmenttracker.gateway.problem;

import java.net.URI;

import org.springframework.http.HttpStatus;

/**
 * Every kind of RFC 9457 problem the gateway itself returns, each with a fixed {@code type} and {@code title}.
 * The services use the same {@code urn:commitment-tracker:problem:} namespace.
 */
public enum ProblemKind {

    UNAUTHORIZED(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized"),
    FORBIDDEN(HttpStatus.FORBIDDEN, "forbidden", "Forbidden"),
    NOT_FOUND(HttpStatus.NOT_FOUND, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "Method not allowed"),
    CONTENT_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "content-too-large", "Content too large"),
    REJECTED_REQUEST(HttpStatus.BAD_REQUEST, "rejected-request", "Request rejected"),
    /** Any other client error; the status is the one the error carries. */
    INVALID_REQUEST(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request"),
    BAD_GATEWAY(HttpStatus.BAD_GATEWAY, "bad-gateway", "Bad gateway"),
    UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Temporarily unavailable"),
    GATEWAY_TIMEOUT(HttpStatus.GATEWAY_TIMEOUT, "gateway-timeout", "Gateway timeout"),
    /** Any other server error; the status is the one the error carries. */
    INTERNAL(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error");

    private static final String TYPE_PREFIX = "urn:commitment-tracker:problem:";

    private final HttpStatus status;
    private final URI type;
    private final String title;

    ProblemKind(HttpStatus status, String type, String title) {
        this.status = status;
        this.type = URI.create(TYPE_PREFIX + type);
        this.title = title;
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
}
