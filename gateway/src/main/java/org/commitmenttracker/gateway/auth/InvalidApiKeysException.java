package org.commitmenttracker.gateway.auth;

import java.util.List;

/** {@code TRACKER_API_KEYS} is missing or malformed. The messages name the setting and never contain a key. */
public class InvalidApiKeysException extends IllegalArgumentException {

    private final List<String> problems;

    InvalidApiKeysException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
