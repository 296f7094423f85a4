package org.commitmenttracker.notify.overdue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

/** The ids of an overdue alert: one alert per commitment and deadline, so a revised deadline can raise another. */
final class AlertIds {

    private AlertIds() {
    }

    /** The alert's id in the store. */
    static String alertId(String commitmentId, LocalDate deadline) {
        return commitmentId + ":" + deadline;
    }

    /** The due-soon alert's id in the store. */
    static String dueSoonAlertId(String commitmentId, LocalDate deadline) {
        return alertId(commitmentId, deadline) + ":due_soon";
    }

    /** The due-soon alert event's id, the same every time it is computed. */
    static String dueSoonAlertEventId(String commitmentId, LocalDate deadline) {
        return UUID.nameUUIDFromBytes((commitmentId + "|" + deadline + "|due_soon").getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** The withdrawal alert's id in the store: one per commitment. */
    static String withdrawnAlertId(String commitmentId) {
        return commitmentId + ":withdrawn";
    }

    /** The withdrawal alert event's id, the same every time it is computed. */
    static String withdrawnAlertEventId(String commitmentId) {
        return UUID.nameUUIDFromBytes((commitmentId + "|withdrawn").getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The alert event's id, the same every time it is computed, so that a repeat is recognisable downstream. */
    static String alertEventId(String commitmentId, LocalDate deadline) {
        return UUID.nameUUIDFromBytes((commitmentId + "|" + deadline).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
