package org.commitmenttracker.commitments.api;

import java.util.List;

import org.commitmenttracker.commitments.store.CommitmentFacets;

/** One page of commitments, the total that match, and facet counts over all that match (null unless asked for). */
record CommitmentPageResponse(List<CommitmentResponse> items, int page, int size, long total, CommitmentFacets facets) {
}
