package org.commitmenttracker.notify.overdue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The ids of alerts and of their events, the same every time they are computed: one overdue or due-soon alert per
 * commitment and deadline (so a revised deadline can raise another), one status change per version, one found and one
 * withdrawn per commitment.
 */
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

    /** The found alert's id in the store: one per commitment. */
    static String foundAlertId(String commitmentId) {
        return commitmentId + ":found";
    }

    /** The found alert event's id, the same every time it is computed. */
    static String foundAlertEventId(String commitmentId) {
        return UUID.nameUUIDFromBytes((commitmentId + "|found").getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The status-change alert's id in the store: one per commitment and version. */
    static String statusChangedAlertId(String commitmentId, long version) {
        return commitmentId + ":status:" + version;
    }

    /** The status-change alert event's id, the same every time it is computed. */
    static String statusChangedAlertEventId(String commitmentId, long version) {
        return UUID.nameUUIDFromBytes((commitmentId + "|" + version + "|status_changed").getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** The alert event's id, the same every time it is computed, so that a repeat is recognisable downstream. */
    static String alertEventId(String commitmentId, LocalDate deadline) {
        return UUID.nameUUIDFromBytes((commitmentId + "|" + deadline).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
