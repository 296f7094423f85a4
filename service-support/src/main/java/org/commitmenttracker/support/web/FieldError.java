package org.commitmenttracker.support.web;

/** One invalid field of a request: where it is and what is wrong with it. */
public record FieldError(String field, String message) {
}
