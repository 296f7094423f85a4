package org.commitmenttracker.notify.overdue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.commitmenttracker.events.CommitmentDueSoon;
import org.commitmenttracker.events.CommitmentOverdue;
import org.commitmenttracker.events.CommitmentWithdrawn;
import org.commitmenttracker.events.OverdueRule;
import org.commitmenttracker.notify.NotifyProperties;
import org.commitmenttracker.notify.alerts.Alert;
import org.commitmenttracker.notify.alerts.AlertStore;
import org.commitmenttracker.notify.tracking.CommitmentStore;
import org.commitmenttracker.notify.tracking.TrackedCommitment;
import org.commitmenttracker.notify.tracking.ViewCatchUp;
import org.commitmenttracker.notify.webhook.WebhookDeliveries;
import org.commitmenttracker.support.events.EventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Finds commitments that have gone overdue, or fall due within {@code notify.overdue.due-soon-lead}, and raises one
 * alert of each kind per commitment and deadline: a {@link CommitmentOverdue} or a {@link CommitmentDueSoon} on
 * {@code tracker.alerts.v1} and a delivery to every active webhook; and one {@link CommitmentWithdrawn} per commitment
 * whose question was withdrawn; and publishes the alerts {@link ChangeAlerts} stored pending (found, status changed).
 * One instance scans at a time, the holder of the {@link ScanLease}.
 * <p>
 * Exactly once without transactions: the alert is first inserted under the id {@code <commitmentId>:<deadline>}
 * (with {@code :due_soon} for the due-soon alert; a
 * duplicate key means it was raised before, by this scan, an earlier one or another instance), in state
 * {@code pending}; then its webhook deliveries are queued (idempotent), its event is published and acknowledged (a
 * scan's alerts together, with one wait for the broker), and it is marked {@code published}. If anything fails in between, a later scan takes the pending alert (once its lease
 * has run out) and does the rest again with the same event id.
 */
@Component
class OverdueScan {

    private static final Logger log = LoggerFactory.getLogger(OverdueScan.class);

    /** Most commitments checked, and most pending alerts retried, in one scan. */
    static final int BATCH = 500;

    /** How long the instance that raised or claimed an alert has to publish it before another may. */
    static final Duration PUBLISH_LEASE = Duration.ofMinutes(1);

    /** What one scan did; {@code failed} alerts stay pending and are retried by a later scan. */
    record ScanResult(int checked, int raised, int republished, int failed) {
    }

    private static final ScanResult NOTHING = new ScanResult(0, 0, 0, 0);

    private final CommitmentStore commitments;
    private final AlertStore alerts;
    private final WebhookDeliveries webhooks;
    private final EventPublisher publisher;
    private final Clock clock;
    private final ZoneId zone;
    private final Period dueSoonLead;
    private final ViewCatchUp catchUp;
    private final ScanLease lease;

    OverdueScan(CommitmentStore commitments, AlertStore alerts, WebhookDeliveries webhooks, EventPublisher publisher,
                Clock clock, NotifyProperties properties, ViewCatchUp catchUp, ScanLease lease) {
        this.commitments = commitments;
        this.alerts = alerts;
        this.webhooks = webhooks;
        this.publisher = publisher;
        this.clock = clock;
        this.zone = properties.zone();
        this.dueSoonLead = properties.overdue().dueSoonLead();
        this.catchUp = catchUp;
        this.lease = lease;
    }

    @Scheduled(fixedDelayString = "${notify.overdue.scan-interval}")
    void scheduledScan() {
        ScanResult result = scan();
        if (result.failed() > 0) {
            log.warn("Overdue scan: {}; the failed alerts stay pending and are retried", result);
        } else if (result.raised() > 0 || result.republished() > 0) {
            log.info("Overdue scan: {}", result);
        }
    }

    /**
     * Nothing until the view has caught up with the state topic (a half-read view may hold states since replaced), nor
     * while another instance holds the {@link ScanLease}.
     */
    ScanResult scan() {
        if (!catchUp.caughtUp() || !lease.acquire()) {
            return NOTHING;
        }
        // as MongoDB keeps it, so that a re-published alert is the same JSON as the first
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        LocalDate today = OverdueRule.today(clock, zone);
        List<Alert> candidates = new ArrayList<>();
        List<TrackedCommitment> overdueChecked = commitments.awaitingOverdueCheck(today, BATCH);
        for (TrackedCommitment commitment : overdueChecked) {
            if (OverdueRule.isOverdue(commitment.deadline(), commitment.status(), commitment.tracked(), today)) {
                candidates.add(alertFor(commitment, now));
            }
        }
        List<TrackedCommitment> dueSoonChecked = commitments.awaitingDueSoonCheck(today, today.plus(dueSoonLead), BATCH);
        for (TrackedCommitment commitment : dueSoonChecked) {
            if (OverdueRule.isDueSoon(commitment.deadline(), commitment.status(), commitment.tracked(), today, dueSoonLead)) {
                candidates.add(dueSoonAlertFor(commitment, now));
            }
        }
        List<TrackedCommitment> withdrawn = commitments.awaitingWithdrawnAlert(BATCH);
        for (TrackedCommitment commitment : withdrawn) {
            candidates.add(Alert.pending(AlertIds.withdrawnAlertId(commitment.commitmentId()), new CommitmentWithdrawn(
                    AlertIds.withdrawnAlertEventId(commitment.commitmentId()), now, commitment.commitmentId(),
                    commitment.source(), commitment.action(), commitment.quote(), commitment.deadline(),
                    commitment.status()), now));
        }
        // inserted unless raised before; then the alerts exist (or the commitments need none): no need to look again
        // until the commitments change
        List<Alert> raised = alerts.insertAllPending(candidates, now.plus(PUBLISH_LEASE));
        commitments.overdueChecked(overdueChecked);
        commitments.dueSoonChecked(dueSoonChecked);
        commitments.withdrawnAlerted(withdrawn);
        int checked = overdueChecked.size() + dueSoonChecked.size() + withdrawn.size();
        int failed = publishAll(raised);
        int republished = 0;
        if (failed == 0) { // else the broker is likely down: the pending alerts wait for the next scan
            List<Alert> pending = alerts.claimPending(now, now.plus(PUBLISH_LEASE), BATCH);
            int unpublished = publishAll(pending);
            failed += unpublished;
            republished = pending.size() - unpublished;
        }
        return new ScanResult(checked, raised.size(), republished, failed);
    }

    /**
     * Queues the alerts' webhook deliveries, publishes their events with one wait for the broker's acknowledgements,
     * and marks them published; if that fails they stay pending, for a later scan to publish once their lease is over.
     *
     * @return how many could not be published
     */
    private int publishAll(List<Alert> raised) {
        if (raised.isEmpty()) {
            return 0;
        }
        try {
            webhooks.enqueueAll(raised.stream().map(Alert::event).toList());
            publisher.publishAll(raised.stream().map(Alert::event).toList());
            alerts.markPublished(raised.stream().map(Alert::id).toList(), clock.instant());
            return 0;
        } catch (RuntimeException e) {
            log.warn("{} alert(s) not published yet: {}", raised.size(), e.toString());
            return raised.size();
        }
    }

    private Alert alertFor(TrackedCommitment commitment, Instant now) {
        LocalDate deadline = commitment.deadline().date();
        CommitmentOverdue event = new CommitmentOverdue(
                AlertIds.alertEventId(commitment.commitmentId(), deadline), now, commitment.commitmentId(),
                commitment.source(), commitment.action(), commitment.quote(), commitment.deadline(),
                commitment.status(), OverdueRule.overdueSince(deadline));
        return Alert.pending(AlertIds.alertId(commitment.commitmentId(), deadline), event, now);
    }

    private Alert dueSoonAlertFor(TrackedCommitment commitment, Instant now) {
        LocalDate deadline = commitment.deadline().date();
        CommitmentDueSoon event = new CommitmentDueSoon(
                AlertIds.dueSoonAlertEventId(commitment.commitmentId(), deadline), now, commitment.commitmentId(),
                commitment.source(), commitment.action(), commitment.quote(), commitment.deadline(), commitment.status(),
                deadline);
        return Alert.pending(AlertIds.dueSoonAlertId(commitment.commitmentId(), deadline), event, now);
    }
}
