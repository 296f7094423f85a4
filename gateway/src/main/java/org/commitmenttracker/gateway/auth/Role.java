package org.commitmenttracker.gateway.auth;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What an API key may do. Each role includes the ones below it: an admin can do everything an editor can, an editor
 * everything a viewer can.
 */
enum Role {

    /** Reads: GET and HEAD on {@code /api/**}. */
    VIEWER,
    /** Changes answers, commitments and imports. */
    EDITOR,
    /** Manages webhooks and ingestion, and anything not granted to the roles below. */
    ADMIN;

    /** The name used in {@code TRACKER_API_KEYS} and in the {@code X-Tracker-Role} header. */
    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    boolean includes(Role other) {
        return compareTo(other) >= 0;
    }

    /** This role and every role it includes, weakest first. */
    List<Role> includedRoles() {
        return Arrays.stream(values()).filter(this::includes).toList();
    }

    static Optional<Role> fromId(String id) {
        return Arrays.stream(values()).filter(role -> role.id().equals(id)).findFirst();
    }
}
