package org.commitmenttracker.events;

import java.util.List;

/** The topic catalogue. Every topic is versioned and keyed by the id of the thing its events are about. */
public final class Topics {

    /** Answer received / corrected, keyed by answer id. Written by ingest-service. */
    public static final String ANSWERS = "tracker.answers.v1";

    /** What changed in each commitment (extracted, dropped, reviewed ...), keyed by commitment id. Written by commitments-service. */
    public static final String COMMITMENTS = "tracker.commitments.v1";

    /**
     * Each commitment's whole current state after every change, keyed by commitment id; compacted, so the latest record
     * of a key is the commitment as it stands. Written by commitments-service.
     */
    public static final String COMMITMENT_STATE = "tracker.commitments.state.v1";

    /**
     * Alerts about commitments (found, due soon, overdue, status changed, withdrawn), keyed by commitment id. Written by
     * notify-service; what subscribers act on.
     */
    public static final String ALERTS = "tracker.alerts.v1";

    /** What became of webhook subscriptions (disabled), keyed by subscription id. Written by notify-service. */
    public static final String WEBHOOKS = "tracker.webhooks.v1";

    /** Suffix of the dead-letter topic beside each topic: records that failed processing, the error in headers. */
    public static final String DEAD_LETTER_SUFFIX = ".dlt";

    public static final String ANSWERS_DLT = ANSWERS + DEAD_LETTER_SUFFIX;
    public static final String COMMITMENTS_DLT = COMMITMENTS + DEAD_LETTER_SUFFIX;
    public static final String COMMITMENT_STATE_DLT = COMMITMENT_STATE + DEAD_LETTER_SUFFIX;
    public static final String ALERTS_DLT = ALERTS + DEAD_LETTER_SUFFIX;
    public static final String WEBHOOKS_DLT = WEBHOOKS + DEAD_LETTER_SUFFIX;

    /** Every topic the system uses, dead-letter topics included. */
    public static final List<String> ALL = List.of(ANSWERS, COMMITMENTS, COMMITMENT_STATE, ALERTS, WEBHOOKS,
            ANSWERS_DLT, COMMITMENTS_DLT, COMMITMENT_STATE_DLT, ALERTS_DLT, WEBHOOKS_DLT);

    /** The topics whose records are each key's latest state, kept by log compaction rather than by age. */
    public static final List<String> COMPACTED = List.of(COMMITMENT_STATE);

    private Topics() {
    }

    /** The dead-letter topic that belongs to {@code topic}. */
    public static String deadLetter(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
