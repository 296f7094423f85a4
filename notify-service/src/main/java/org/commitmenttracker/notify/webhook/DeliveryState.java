package org.commitmenttracker.notify.webhook;

import com.fasterxml.jackson.annotation.JsonProperty;

enum DeliveryState {
    /** Waiting for its next attempt. */
    @JsonProperty("pending") PENDING,
    /** The receiver answered 2xx. */
    @JsonProperty("delivered") DELIVERED,
    /** The receiver answered 410 Gone, or every attempt failed. */
    @JsonProperty("failed") FAILED,
    /** Its webhook was disabled before it could be sent. */
    @JsonProperty("cancelled") CANCELLED
}
