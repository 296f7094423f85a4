package org.commitmenttracker.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a commitment stands. Overdue is not a status: it is derived from the deadline and an open status. */
public enum CommitmentStatus {
    @JsonProperty("open") OPEN,
    @JsonProperty("in_progress") IN_PROGRESS,
    @JsonProperty("delivered") DELIVERED,
    @JsonProperty("partly_delivered") PARTLY_DELIVERED,
    @JsonProperty("dropped") DROPPED,
    @JsonProperty("superseded") SUPERSEDED,
    @JsonProperty("not_measurable") NOT_MEASURABLE;

    /** Whether a commitment in this status can go overdue. */
    public boolean isOutstanding() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
