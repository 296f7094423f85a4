package org.commitmenttracker.support.web;

import java.util.List;

/** A request that is well-formed but invalid, with every reason; becomes a 400 problem detail naming each field. */
public class RequestValidationException extends RuntimeException {

    private final List<FieldError> errors;

    public RequestValidationException(List<FieldError> errors) {
        super("Invalid request: " + errors);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
