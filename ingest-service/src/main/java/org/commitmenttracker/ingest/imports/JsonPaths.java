package org.commitmenttracker.ingest.imports;

import tools.jackson.core.JacksonException;

/** The JSON path of the value Jackson could not bind, as {@code POST /api/answers} names bad fields. */
final class JsonPaths {

    private JsonPaths() {
    }

    /** e.g. {@code dateTabled} or {@code groupedUins[2]}; null when the problem is not with one value. */
    static String of(JacksonException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                .orElse(null);
        return path == null || path.isBlank() ? null : path;
    }
}
