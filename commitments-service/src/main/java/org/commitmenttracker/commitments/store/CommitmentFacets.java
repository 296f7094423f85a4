package org.commitmenttracker.commitments.store;

import java.util.List;

/**
 * How many of a search's commitments have each value, per facet, largest count first.
 *
 * @param year the year answered
 */
public record CommitmentFacets(List<Count> status, List<Count> department, List<Count> minister,
                               List<Count> deadlineKind, List<Count> review, List<Count> year) {

    public record Count(String value, long count) {
    }
}
