package org.commitmenttracker.commitments.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.commitmenttracker.commitments.store.Change;
import org.commitmenttracker.commitments.store.Commitment;
import org.commitmenttracker.commitments.store.Finding;
import org.commitmenttracker.commitments.store.Suggestion;
import org.commitmenttracker.commitments.store.ThreadLink;
import org.commitmenttracker.events.CommitmentSource;
import org.commitmenttracker.events.CommitmentStatus;
import org.commitmenttracker.events.Deadline;
import org.commitmenttracker.events.Evidence;
import org.commitmenttracker.events.OverdueRule;
import org.commitmenttracker.events.Quote;
import org.commitmenttracker.events.ReviewState;
import org.commitmenttracker.events.Strength;

/**
 * A commitment as the API shows it: the tracked {@code action}, {@code strength} and {@code deadline} (staff's where
 * they edited them), with the engine's own values beside them in {@code found} and staff's in {@code edited};
 * {@code overdue} and {@code daysOverdue} are derived on the day of the request by the {@link OverdueRule}.
 */
record CommitmentResponse(String id, CommitmentSource source, Quote quote, String action, Strength strength,
                          Deadline deadline, Finding found, Finding edited, double confidence, CommitmentStatus status,
                          boolean overdue, long daysOverdue, ReviewState review, List<Evidence> evidence,
                          String missingMeasure, boolean inLatestAnswer, boolean withdrawn, boolean tracked,
                          long version, List<Change> history, List<ThreadLink> thread, Suggestion suggestion,
                          Instant createdAt, Instant updatedAt) {

    static CommitmentResponse of(Commitment c, LocalDate today) {
        return new CommitmentResponse(c.id(), c.source(), c.quote(), c.action(), c.strength(), c.deadline(), c.found(),
                c.edited(), c.confidence(), c.status(), OverdueRule.isOverdue(c.deadline(), c.status(), c.tracked(), today),
                OverdueRule.daysOverdue(c.deadline(), c.status(), c.tracked(), today), c.review(), c.evidence(),
                c.missingMeasure(), c.inLatestAnswer(), c.withdrawn(), c.tracked(), c.version(), c.history(),
                c.thread(), c.suggestion(), c.createdAt(), c.updatedAt());
    }
}
