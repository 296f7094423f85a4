package org.commitmenttracker.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a deadline was found. */
public enum DeadlineKind {
    /** Read from the text ("in the spring of 2020"). */
    @JsonProperty("explicit") EXPLICIT,
    /** Given by the implied-deadline policy to a vague phrase ("in due course"). */
    @JsonProperty("implied") IMPLIED,
    /** No deadline. */
    @JsonProperty("none") NONE
}
