package org.commitmenttracker.commitments.api;

import java.util.List;

/** One page of commitments, with the total that match. */
record CommitmentPageResponse(List<CommitmentResponse> items, int page, int size, long total) {
}
