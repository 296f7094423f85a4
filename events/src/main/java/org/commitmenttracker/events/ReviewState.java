package org.commitmenttracker.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a commitment stands in staff's review of what the engine found. */
public enum ReviewState {
    /** The engine was less sure than the review threshold: a person should look. */
    @JsonProperty("unreviewed") UNREVIEWED,
    /** The engine was sure enough to track it unreviewed. */
    @JsonProperty("accepted") ACCEPTED,
    /** Staff confirmed it. */
    @JsonProperty("confirmed") CONFIRMED,
    /** Staff rejected it: not a commitment, never tracked. */
    @JsonProperty("rejected") REJECTED
}
