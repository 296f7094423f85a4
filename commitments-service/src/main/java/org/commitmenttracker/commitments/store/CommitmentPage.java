package org.commitmenttracker.commitments.store;

import java.util.List;

/** One page of a search, the total that match, and the facets of all that match. */
public record CommitmentPage(List<Commitment> items, long total, CommitmentFacets facets) {
}
