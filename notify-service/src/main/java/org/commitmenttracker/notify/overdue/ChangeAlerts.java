package org.commitmenttracker.notify.overdue;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.commitmenttracker.events.CommitmentFound;
import org.commitmenttracker.events.CommitmentStatusChanged;
import org.commitmenttracker.events.ReviewState;
import org.commitmenttracker.notify.alerts.Alert;
import org.commitmenttracker.notify.alerts.AlertStore;
import org.commitmenttracker.notify.tracking.CommitmentStateChanges;
import org.commitmenttracker.notify.tracking.TrackedCommitment;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Raises the alerts a change of state calls for, as it is applied to the read model:
 * <ul>
 *     <li>{@code commitment.found}, once per commitment, when it is first tracked as accepted by the engine or
 *     confirmed by staff (a commitment waiting for review is found when staff confirm it; a rejected one never is);</li>
 *     <li>{@code commitment.status_changed}, once per version whose status differs from the version before, unless
 *     the commitment is rejected.</li>
 * </ul>
 * The alerts of a batch of changes are stored pending with one bulk write, with a lease that has already run out, in
 * the listener's thread, before the states are written and the offsets committed; the scan publishes them and queues
 * their webhook deliveries, as it does every pending alert. A commitment new to this service (the first state read) is
 * no status change.
 */
@Component
class ChangeAlerts {

    private final AlertStore alerts;
    private final Clock clock;

    ChangeAlerts(AlertStore alerts, Clock clock) {
        this.alerts = alerts;
        this.clock = clock;
    }

    @EventListener
    void on(CommitmentStateChanges changes) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<Alert> raised = new ArrayList<>();
        for (CommitmentStateChanges.Change change : changes.changes()) {
            TrackedCommitment current = change.current();
            String id = current.commitmentId();
            boolean foundBefore = change.previous().map(TrackedCommitment::isFound).orElse(false);
            if (current.isFound() && !foundBefore) {
                raised.add(Alert.pending(AlertIds.foundAlertId(id), new CommitmentFound(
                        AlertIds.foundAlertEventId(id), now, id, current.source(), current.action(), current.quote(),
                        current.strength(), current.confidence(), current.deadline(), current.status(), current.review()),
                        now));
            }
            change.previous().filter(previous -> previous.status() != current.status()
                            && current.review() != ReviewState.REJECTED)
                    .ifPresent(previous -> raised.add(Alert.pending(AlertIds.statusChangedAlertId(id, current.version()),
                            new CommitmentStatusChanged(AlertIds.statusChangedAlertEventId(id, current.version()), now,
                                    id, current.version(), current.source(), current.action(), current.quote(),
                                    current.deadline(), current.status(), previous.status(), current.evidence()),
                            now)));
        }
        // those raised before (the same changes read again) are left as they are
        alerts.insertAllPending(raised, now);
    }
}
