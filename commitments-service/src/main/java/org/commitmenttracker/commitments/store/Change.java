package org.commitmenttracker.commitments.store;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.commitmenttracker.events.ChangeKind;
import org.commitmenttracker.events.CommitmentSource;
import org.commitmenttracker.events.CommitmentStatus;
import org.commitmenttracker.events.Evidence;
import org.commitmenttracker.events.FieldChange;
import org.commitmenttracker.events.Quote;

/**
 * One entry of a commitment's history: the change that made a version of it.
 *
 * @param by       a staff member's principal, or the service for changes it makes itself
 * @param note     why, in the words of whoever made the change; may be null
 * @param fields   what it changed, from what to what
 * @param evidence   the evidence links recorded with it
 * @param extraction for an extraction or a re-extraction: what the engine found then, so that its event, published
 *                   later, says what this version was; null for other changes. Stored, not shown by the API
 */
public record Change(long version, ChangeKind kind, String by, Instant at, String note, List<FieldChange> fields,
                     List<Evidence> evidence, @JsonIgnore Extraction extraction) {

    public Change {
        fields = fields == null ? List.of() : List.copyOf(fields);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** The commitment as an extraction left it. */
    public record Extraction(CommitmentSource source, Quote quote, Finding found, double confidence,
                             CommitmentStatus status) {
    }
}
