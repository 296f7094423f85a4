package org.commitmenttracker.events;

/**
 * Kafka header names of the CloudEvents 1.0 Kafka protocol binding, binary content mode. The value of each record is
 * the event record as JSON ({@code content-type: application/json}).
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    /** Equal to the event record's {@code eventId}. */
    public static final String ID = "ce_id";
    /** The producing service, e.g. {@code /ingest-service}. */
    public static final String SOURCE = "ce_source";
    /** One of {@link EventType#typeId()}. */
    public static final String TYPE = "ce_type";
    public static final String TIME = "ce_time";
    /** Equal to the record key. */
    public static final String SUBJECT = "ce_subject";
    public static final String CONTENT_TYPE = "content-type";

    public static final String SPEC_VERSION_1_0 = "1.0";
    public static final String JSON = "application/json";

    private CloudEventHeaders() {
    }
}
