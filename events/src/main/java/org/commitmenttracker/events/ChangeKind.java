package org.commitmenttracker.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a change to a commitment was. */
public enum ChangeKind {
    /** Found in an answer for the first time. */
    @JsonProperty("extracted") EXTRACTED,
    /** Found again when its answer was processed again (a correction, a redelivery, a new engine). */
    @JsonProperty("re_extracted") RE_EXTRACTED,
    /** A correction of its answer no longer carries it. */
    @JsonProperty("dropped") DROPPED,
    /** Its question was withdrawn. */
    @JsonProperty("withdrawn") WITHDRAWN,
    /** Staff confirmed, rejected or edited it. */
    @JsonProperty("reviewed") REVIEWED,
    /** Staff changed its status. */
    @JsonProperty("status_changed") STATUS_CHANGED,
    /** Staff revised its deadline. */
    @JsonProperty("deadline_revised") DEADLINE_REVISED,
    /** Linked to, or unlinked from, another commitment or answer in its thread, earlier or later. */
    @JsonProperty("linked") LINKED
}
