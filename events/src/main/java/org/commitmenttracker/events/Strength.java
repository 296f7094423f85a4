package org.commitmenttracker.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code firm}: a checkable promise; {@code weak}: hedged or uncheckable ("will consider", "continue to engage"). */
public enum Strength {
    @JsonProperty("firm") FIRM,
    @JsonProperty("weak") WEAK
}
