package org.commitmenttracker.events;

/** One field a change changed, from what to what, as text (null for "none"). */
public record FieldChange(String field, String from, String to) {
}
