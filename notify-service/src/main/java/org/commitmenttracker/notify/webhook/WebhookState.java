package org.commitmenttracker.notify.webhook;

import com.fasterxml.jackson.annotation.JsonProperty;

enum WebhookState {
    @JsonProperty("active") ACTIVE,
    /** After a {@code 410 Gone} or persistent failure; nothing more is sent to it. */
    @JsonProperty("disabled") DISABLED
}
