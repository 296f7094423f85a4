package org.commitmenttracker.notify.alerts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.commitmenttracker.events.CommitmentDueSoon;
import org.commitmenttracker.events.CommitmentOverdue;
import org.commitmenttracker.events.CommitmentSource;
import org.commitmenttracker.events.CommitmentWithdrawn;
import org.commitmenttracker.events.Deadline;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/alerts?limit=50}: the latest alerts raised, newest first. */
@RestController
@RequestMapping("/api/alerts")
class AlertsController {

    private final AlertStore alerts;

    AlertsController(AlertStore alerts) {
        this.alerts = alerts;
    }

    @GetMapping
    List<AlertResponse> recent(@RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        return alerts.recent(limit).stream().map(AlertResponse::of).toList();
    }

    /**
     * @param type         {@code commitment.overdue}, {@code commitment.due_soon} or {@code commitment.withdrawn}
     * @param overdueSince for an overdue alert, the first day it was overdue
     * @param dueOn        for a due-soon alert, the deadline
     * @param state        {@code pending} until the broker has acknowledged the alert's event, then {@code published}
     */
    record AlertResponse(String id, String type, String eventId, String commitmentId, String action, String department,
                         LocalDate deadline, LocalDate overdueSince, LocalDate dueOn, Instant raisedAt,
                         AlertState state) {

        static AlertResponse of(Alert alert) {
            if (alert.event() instanceof CommitmentWithdrawn e) {
                return new AlertResponse(alert.id(), "commitment.withdrawn", e.eventId(), e.commitmentId(), e.action(),
                        department(e.source()), date(e.deadline()), null, null, alert.raisedAt(), alert.state());
            }
            if (alert.event() instanceof CommitmentDueSoon e) {
                return new AlertResponse(alert.id(), "commitment.due_soon", e.eventId(), e.commitmentId(), e.action(),
                        department(e.source()), date(e.deadline()), null, e.dueOn(), alert.raisedAt(), alert.state());
            }
            CommitmentOverdue e = (CommitmentOverdue) alert.event();
            return new AlertResponse(alert.id(), "commitment.overdue", e.eventId(), e.commitmentId(), e.action(),
                    department(e.source()), date(e.deadline()), e.overdueSince(), null, alert.raisedAt(), alert.state());
        }

        private static String department(CommitmentSource source) {
            return source == null ? null : source.department();
        }

        private static LocalDate date(Deadline deadline) {
            return deadline == null ? null : deadline.date();
        }
    }
}
