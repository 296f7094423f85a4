package org.commitmenttracker.notify.alerts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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

    /** @param state {@code pending} until the broker has acknowledged the alert's event, then {@code published} */
    record AlertResponse(String id, String eventId, String commitmentId, String action, String department,
                         LocalDate deadline, LocalDate overdueSince, Instant raisedAt, AlertState state) {

        static AlertResponse of(Alert alert) {
            var event = alert.event();
            return new AlertResponse(alert.id(), event.eventId(), event.commitmentId(), event.action(),
                    event.source() == null ? null : event.source().department(),
                    event.deadline() == null ? null : event.deadline().date(), event.overdueSince(), alert.raisedAt(),
                    alert.state());
        }
    }
}
