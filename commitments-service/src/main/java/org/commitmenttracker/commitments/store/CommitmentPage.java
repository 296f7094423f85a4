package org.commitmenttracker.commitments.store;

import java.util.List;

public record CommitmentPage(List<Commitment> items, long total) {
}
