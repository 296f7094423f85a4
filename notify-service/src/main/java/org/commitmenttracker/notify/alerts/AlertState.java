package org.commitmenttracker.notify.alerts;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether an alert's event has reached {@code tracker.alerts.v1} yet. */
public enum AlertState {
    /** Raised, not yet acknowledged by the broker: a later scan publishes it again with the same event id. */
    @JsonProperty("pending") PENDING,
    @JsonProperty("published") PUBLISHED
}
