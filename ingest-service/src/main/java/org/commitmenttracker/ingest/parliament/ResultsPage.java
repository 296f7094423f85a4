package org.commitmenttracker.ingest.parliament;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A page of the Written Questions API's results: {@code {"totalResults": N, "results": [{"value": {...}, "links":
 * [...]}]}}, paged with {@code skip} and {@code take}. A single question ({@code /questions/{id}}) comes as one
 * {@link Item}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ResultsPage<T>(Integer totalResults, List<Item<T>> results) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Item<T>(T value, List<Link> links) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Link(String rel, String href, String method) {
    }
}
