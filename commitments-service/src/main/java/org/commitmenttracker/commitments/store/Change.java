package org.commitmenttracker.commitments.store;

import java.time.Instant;

import org.commitmenttracker.events.ChangeKind;

/**
 * One entry of a commitment's history: the change that made a version of it.
 *
 * @param by   a staff member's principal, or the service for changes it makes itself
 * @param note why, in the words of whoever made the change; may be null
 */
public record Change(long version, ChangeKind kind, String by, Instant at, String note) {
}
