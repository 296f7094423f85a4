package org.commitmenttracker.events;

import java.util.List;

/** The topic catalogue. Every topic is versioned and keyed by the id of the thing its events are about. */
public final class Topics {

    /** Answer received / corrected, keyed by answer id. Written by ingest-service. */
    public static final String ANSWERS = "tracker.answers.v1";

    /** History of each commitment (extracted, ...), keyed by commitment id. Written by commitments-service. */
    public static final String COMMITMENTS = "tracker.commitments.v1";

    /** Due-soon and overdue alerts, keyed by commitment id. Written by notify-service; what subscribers act on. */
    public static final String ALERTS = "tracker.alerts.v1";

    /** Suffix of the dead-letter topic beside each topic: records that failed processing, the error in headers. */
    public static final String DEAD_LETTER_SUFFIX = ".dlt";

    public static final String ANSWERS_DLT = ANSWERS + DEAD_LETTER_SUFFIX;
    public static final String COMMITMENTS_DLT = COMMITMENTS + DEAD_LETTER_SUFFIX;
    public static final String ALERTS_DLT = ALERTS + DEAD_LETTER_SUFFIX;

    /** Every topic the system uses, dead-letter topics included. */
    public static final List<String> ALL = List.of(ANSWERS, COMMITMENTS, ALERTS, ANSWERS_DLT, COMMITMENTS_DLT, ALERTS_DLT);

    private Topics() {
    }

    /** The dead-letter topic that belongs to {@code topic}. */
    public static String deadLetter(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
