package org.commitmenttracker.commitments.store;

import java.time.Instant;
import java.util.List;

import org.commitmenttracker.events.ChangeKind;
import org.commitmenttracker.events.Evidence;
import org.commitmenttracker.events.FieldChange;

/**
 * One entry of a commitment's history: the change that made a version of it.
 *
 * @param by       a staff member's principal, or the service for changes it makes itself
 * @param note     why, in the words of whoever made the change; may be null
 * @param fields   what it changed, from what to what
 * @param evidence the evidence links recorded with it
 */
public record Change(long version, ChangeKind kind, String by, Instant at, String note, List<FieldChange> fields,
                     List<Evidence> evidence) {

    public Change {
        fields = fields == null ? List.of() : List.copyOf(fields);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
