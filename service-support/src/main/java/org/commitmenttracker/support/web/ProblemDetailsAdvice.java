package org.commitmenttracker.support.web;

import java.net.URI;
import java.util.Comparator;
import java.util.List;

import org.commitmenttracker.support.events.EventPublishingException;
import org.slf4j.Logger;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error a service returns is an RFC 9457 problem detail with a fixed {@code type} and {@code title} per kind.
 * Validation problems list each bad field under {@code errors}. Exception messages and stack traces never reach the
 * client: the details are written here, for the client.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(RequestValidationException.class)
    ResponseEntity<ProblemDetail> invalid(RequestValidationException e) {
        return ResponseEntity.badRequest().body(invalidRequest(e.errors()));
    }

    @ExceptionHandler(FieldProblemException.class)
    ResponseEntity<ProblemDetail> refused(FieldProblemException e) {
        ProblemDetail problem = problem(e.status(), e.type(), e.title(), e.getMessage());
        problem.setProperty("errors", e.errors());
        return ResponseEntity.status(e.status()).body(problem);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not found", e.getMessage()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        return ResponseEntity.badRequest().body(invalidRequest(List.of(new FieldError(e.getName(),
                "cannot be read as " + (e.getRequiredType() == null ? "the expected type" : e.getRequiredType().getSimpleName())))));
    }

    @ExceptionHandler(EventPublishingException.class)
    ResponseEntity<ProblemDetail> unavailable(EventPublishingException e) {
        log.error("Event publishing failed", e);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "5")
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.UNAVAILABLE, "Temporarily unavailable",
                        "The event broker did not acknowledge the request; nothing was accepted. Try again."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unhandled error", e);
        return ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL,
                "Internal error", "The request could not be completed."));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), message(error)))
                .toList();
        List<FieldError> global = e.getBindingResult().getGlobalErrors().stream()
                .map(error -> new FieldError(error.getObjectName(), error.getDefaultMessage()))
                .toList();
        return ResponseEntity.badRequest().body(invalidRequest(concat(errors, global)));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        List<FieldError> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldError(result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest().body(invalidRequest(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        String field = fieldOf(e);
        if (field != null) {
            return ResponseEntity.badRequest().body(invalidRequest(List.of(new FieldError(field,
                    "has the wrong type or format"))));
        }
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_BODY,
                "Malformed request body", "The request body is missing or is not well-formed JSON."));
    }

    /** A bound value's error as the client should read it: a value of the wrong type names what was expected. */
    private static String message(org.springframework.validation.FieldError error) {
        if (!error.contains(TypeMismatchException.class)) {
            return error.getDefaultMessage();
        }
        Class<?> type = error.unwrap(TypeMismatchException.class).getRequiredType();
        if (type != null && type.isEnum()) {
            return "must be one of " + java.util.Arrays.stream(type.getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name().toLowerCase(java.util.Locale.ROOT)).toList();
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == java.time.LocalDate.class) {
            return "must be a date, as 2024-03-31";
        }
        if (type != null && (Number.class.isAssignableFrom(type) || type.isPrimitive())) {
            return "must be a whole number";
        }
        return "has the wrong type or format";
    }

    /** The JSON path of the value that could not be bound, when the body parsed but a value had the wrong shape. */
    private static String fieldOf(HttpMessageNotReadableException e) {
        if (!(e.getCause() instanceof JacksonException jackson) || jackson instanceof StreamReadException) {
            return null;
        }
        String path = jackson.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                .orElse(null);
        return path == null || path.isBlank() ? null : path;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e,
                                                                     HttpHeaders headers, HttpStatusCode status,
                                                                     WebRequest request) {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                ProblemTypes.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                "Supported content types: " + e.getSupportedMediaTypes()));
    }

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException e,
                                                                         HttpHeaders headers, HttpStatusCode status,
                                                                         WebRequest request) {
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).headers(headers).body(problem(
                HttpStatus.METHOD_NOT_ALLOWED, ProblemTypes.METHOD_NOT_ALLOWED, "Method not allowed",
                "Allowed methods: " + e.getSupportedHttpMethods()));
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
                                                                    HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND,
                "Not found", "No such resource."));
    }

    private static ProblemDetail invalidRequest(List<FieldError> errors) {
        List<FieldError> sorted = errors.stream().sorted(Comparator.comparing(FieldError::field)).toList();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST, "Invalid request",
                sorted.stream().map(error -> error.field() + ": " + error.message()).reduce((a, b) -> a + "; " + b)
                        .orElse("The request is invalid."));
        problem.setProperty("errors", sorted);
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
