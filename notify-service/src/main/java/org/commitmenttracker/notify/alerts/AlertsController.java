package org.commitmenttracker.notify.alerts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.commitmenttracker.events.CommitmentAlert;
import org.commitmenttracker.events.CommitmentDueSoon;
import org.commitmenttracker.events.CommitmentOverdue;
import org.commitmenttracker.events.CommitmentStatus;
import org.commitmenttracker.events.CommitmentStatusChanged;
import org.commitmenttracker.notify.NotifyProperties;
import org.commitmenttracker.support.web.FieldError;
import org.commitmenttracker.support.web.RequestValidationException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/alerts}: the latest alerts raised, newest first; {@code type} (repeatable), {@code department}
 * (repeatable; its line after renames counts too) and {@code since} (a date, in the tracker's zone, or an instant)
 * narrow them down.
 */
@RestController
@RequestMapping("/api/alerts")
class AlertsController {

    private final AlertStore alerts;
    private final ZoneId zone;

    AlertsController(AlertStore alerts, NotifyProperties properties) {
        this.alerts = alerts;
        this.zone = properties.zone();
    }

    @GetMapping
    List<AlertResponse> recent(@RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit,
                               @RequestParam(required = false) List<String> type,
                               @RequestParam(required = false) List<String> department,
                               @RequestParam(required = false) String since) {
        AlertFilter filter = new AlertFilter(type, department, List.of(), List.of()).requireKnownTypes("type");
        return alerts.find(new AlertStore.AlertQuery(filter.types(), filter.departmentsWithTheirLines(),
                        since == null ? null : instant(since), null, limit))
                .stream().map(AlertResponse::of).toList();
    }

    private Instant instant(String since) {
        try {
            return since.length() == 10 ? LocalDate.parse(since).atStartOfDay(zone).toInstant()
                    : OffsetDateTime.parse(since).toInstant();
        } catch (DateTimeParseException e) {
            throw new RequestValidationException(List.of(new FieldError("since",
                    "must be a date (2026-12-01) or an instant with its offset (2026-12-01T09:00:00Z)")));
        }
    }

    /**
     * @param type           {@code commitment.found}, {@code commitment.due_soon}, {@code commitment.overdue},
     *                       {@code commitment.status_changed} or {@code commitment.withdrawn}
     * @param overdueSince   for an overdue alert, the first day it was overdue
     * @param dueOn          for a due-soon alert, the deadline
     * @param previousStatus for a status change, the status before it
     * @param state          {@code pending} until the broker has acknowledged the alert's event, then {@code published}
     */
    record AlertResponse(String id, String type, String eventId, String commitmentId, String action, String department,
                         String minister, LocalDate deadline, CommitmentStatus status, LocalDate overdueSince,
                         LocalDate dueOn, CommitmentStatus previousStatus, Instant raisedAt, AlertState state) {

        static AlertResponse of(Alert alert) {
            CommitmentAlert e = alert.event();
            return new AlertResponse(alert.id(), alert.type(), e.eventId(), e.commitmentId(), e.action(),
                    e.source() == null ? null : e.source().department(),
                    e.source() == null ? null : e.source().minister(),
                    e.deadline() == null ? null : e.deadline().date(), e.status(),
                    e instanceof CommitmentOverdue overdue ? overdue.overdueSince() : null,
                    e instanceof CommitmentDueSoon dueSoon ? dueSoon.dueOn() : null,
                    e instanceof CommitmentStatusChanged changed ? changed.previousStatus() : null,
                    alert.raisedAt(), alert.state());
        }
    }
}
