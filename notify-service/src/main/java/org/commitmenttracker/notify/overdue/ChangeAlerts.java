package org.commitmenttracker.notify.overdue;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.commitmenttracker.events.CommitmentFound;
import org.commitmenttracker.events.CommitmentStatusChanged;
import org.commitmenttracker.events.ReviewState;
import org.commitmenttracker.notify.alerts.Alert;
import org.commitmenttracker.notify.alerts.AlertStore;
import org.commitmenttracker.notify.tracking.CommitmentStateApplied;
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
 * The alert is stored pending with a lease that has already run out, in the listener's thread and before the
 * record's offset is committed; the scan publishes it and queues its webhook deliveries, as it does every pending
 * alert. A commitment new to this service (the first state read) is no status change.
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
    void on(CommitmentStateApplied applied) {
        TrackedCommitment current = applied.current();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        boolean foundBefore = applied.previous().map(TrackedCommitment::isFound).orElse(false);
        if (current.isFound() && !foundBefore) {
            String id = current.commitmentId();
            alerts.insertPending(Alert.pending(AlertIds.foundAlertId(id), new CommitmentFound(
                    AlertIds.foundAlertEventId(id), now, id, current.source(), current.action(), current.quote(),
                    current.strength(), current.confidence(), current.deadline(), current.status(), current.review()),
                    now), now);
        }
        applied.previous().filter(previous -> previous.status() != current.status()
                        && current.review() != ReviewState.REJECTED)
                .ifPresent(previous -> {
                    String id = current.commitmentId();
                    alerts.insertPending(Alert.pending(AlertIds.statusChangedAlertId(id, current.version()),
                            new CommitmentStatusChanged(AlertIds.statusChangedAlertEventId(id, current.version()), now,
                                    id, current.version(), current.source(), current.action(), current.quote(),
                                    current.deadline(), current.status(), previous.status(), current.evidence()),
                            now), now);
                });
    }
}
