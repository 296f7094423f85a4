package org.commitmenttracker.gateway.problem;

import java.io.IOException;
import java.net.ConnectException;

import io.netty.channel.ConnectTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Turns every error that reaches the web layer (no route, body too large, a service that is down or too slow,
 * anything unexpected) into a problem detail. Replaces Spring Boot's default error handler, which would answer with
 * its own JSON shape.
 */
@Component
@Order(-2)
class ProblemExceptionHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    private final ProblemResponses problems;

    ProblemExceptionHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        String path = exchange.getRequest().getPath().value();
        if (error instanceof ErrorResponse response) {
            return statusError(exchange, response, error, path);
        }
        if (hasCause(error, ConnectTimeoutException.class)) {
            log.warn("{} {}: a service did not accept the connection in time: {}",
                    exchange.getRequest().getMethod(), path, error.toString());
            return problems.write(exchange, ProblemKind.GATEWAY_TIMEOUT,
                    "The service behind this path did not answer in time. Try again later.");
        }
        if (hasCause(error, ConnectException.class) || hasCause(error, IOException.class)) {
            log.warn("{} {}: the service could not be reached: {}", exchange.getRequest().getMethod(), path,
                    error.toString());
            return problems.write(exchange, ProblemKind.BAD_GATEWAY,
                    "The service behind this path could not be reached. Try again later.");
        }
        log.error("{} {}: unexpected error", exchange.getRequest().getMethod(), path, error);
        return problems.write(exchange, ProblemKind.INTERNAL, "The request could not be completed.");
    }

    private Mono<Void> statusError(ServerWebExchange exchange, ErrorResponse response, Throwable error, String path) {
        HttpStatusCode status = response.getStatusCode();
        if (status.is5xxServerError()) {
            log.warn("{} {}: {}", exchange.getRequest().getMethod(), path, error.toString());
        }
        else {
            log.debug("{} {}: {}", exchange.getRequest().getMethod(), path, error.toString());
        }
        HttpStatus known = HttpStatus.resolve(status.value());
        if (known == null) {
            return problems.write(exchange, status.is4xxClientError() ? ProblemKind.INVALID_REQUEST : ProblemKind.INTERNAL,
                    status, "The request could not be completed.", headers -> headers.addAll(response.getHeaders()));
        }
        return switch (known) {
            case NOT_FOUND -> problems.write(exchange, ProblemKind.NOT_FOUND, "Nothing is served at this path.");
            case METHOD_NOT_ALLOWED -> problems.write(exchange, ProblemKind.METHOD_NOT_ALLOWED,
                    "This path does not support this method.", headers -> headers.addAll(response.getHeaders()));
            case CONTENT_TOO_LARGE -> problems.write(exchange, ProblemKind.CONTENT_TOO_LARGE,
                    "The request body is larger than the gateway accepts.");
            case BAD_GATEWAY -> problems.write(exchange, ProblemKind.BAD_GATEWAY,
                    "The service behind this path could not be reached. Try again later.");
            case SERVICE_UNAVAILABLE -> problems.write(exchange, ProblemKind.UNAVAILABLE,
                    "The service behind this path is unavailable. Try again later.");
            case GATEWAY_TIMEOUT -> problems.write(exchange, ProblemKind.GATEWAY_TIMEOUT,
                    "The service behind this path did not answer in time. Try again later.");
            default -> problems.write(exchange,
                    known.is4xxClientError() ? ProblemKind.INVALID_REQUEST : ProblemKind.INTERNAL, known,
                    known.is4xxClientError() ? "The request is not valid: " + known.getReasonPhrase() + "."
                            : "The request could not be completed.",
                    headers -> headers.addAll(response.getHeaders()));
        };
    }

    private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }
}
