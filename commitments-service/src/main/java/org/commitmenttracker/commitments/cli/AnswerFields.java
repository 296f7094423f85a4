package org.commitmenttracker.commitments.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import tools.jackson.databind.JsonNode;

/**
 * The fields of an answer line that bin/extract and bin/train-extraction both read ({@code id}, {@code answer_text},
 * {@code date_answered}, {@code kind}), with one error message for each way a line can lack them.
 */
final class AnswerFields {

    private AnswerFields() {
    }

    static String id(JsonNode answer) {
        return required(answer, "id");
    }

    static String text(JsonNode answer) {
        return required(answer, "answer_text");
    }

    static LocalDate answered(JsonNode answer) {
        String date = required(answer, "date_answered");
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("date_answered is not an ISO date (YYYY-MM-DD): " + date);
        }
    }

    /** Whether the line is a written ministerial statement ({@code "kind": "statement"}) rather than an answer. */
    static boolean statement(JsonNode answer) {
        JsonNode kind = answer.get("kind");
        return kind != null && kind.isString() && kind.asString().equals("statement");
    }

    /** A field that must be a string that is not blank. */
    static String required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isString() || value.asString().isBlank()) {
            throw new IllegalArgumentException("field '" + field + "' is missing or not a string");
        }
        return value.asString();
    }
}
