package org.commitmenttracker.commitments.store;

import java.util.List;

/** One page of a search, and the total that match. */
public record CommitmentPage(List<Commitment> items, long total) {
}
