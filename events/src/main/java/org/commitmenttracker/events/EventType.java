package org.commitmenttracker.events;

import java.util.Arrays;
import java.util.Optional;

/** Every event type: its logical type id on the wire ({@code ce_type}), its topic and its record. */
public enum EventType {

    ANSWER_RECEIVED("org.commitmenttracker.answer.received.v1", Topics.ANSWERS, AnswerReceived.class),
    ANSWER_CORRECTED("org.commitmenttracker.answer.corrected.v1", Topics.ANSWERS, AnswerCorrected.class),
    ANSWER_WITHDRAWN("org.commitmenttracker.answer.withdrawn.v1", Topics.ANSWERS, AnswerWithdrawn.class),
    STATEMENT_RECEIVED("org.commitmenttracker.statement.received.v1", Topics.ANSWERS, StatementReceived.class),
    STATEMENT_CORRECTED("org.commitmenttracker.statement.corrected.v1", Topics.ANSWERS, StatementCorrected.class),
    COMMITMENT_EXTRACTED("org.commitmenttracker.commitment.extracted.v1", Topics.COMMITMENTS, CommitmentExtracted.class),
    COMMITMENT_CHANGED("org.commitmenttracker.commitment.changed.v1", Topics.COMMITMENTS, CommitmentChanged.class),
    COMMITMENT_STATE("org.commitmenttracker.commitment.state.v1", Topics.COMMITMENT_STATE, CommitmentState.class),
    COMMITMENT_DUE_SOON("org.commitmenttracker.commitment.due_soon.v1", Topics.ALERTS, CommitmentDueSoon.class),
    COMMITMENT_WITHDRAWN("org.commitmenttracker.commitment.withdrawn.v1", Topics.ALERTS, CommitmentWithdrawn.class),
    COMMITMENT_OVERDUE("org.commitmenttracker.commitment.overdue.v1", Topics.ALERTS, CommitmentOverdue.class),
    COMMITMENT_STATUS_CHANGED("org.commitmenttracker.commitment.status_changed.v1", Topics.ALERTS,
            CommitmentStatusChanged.class),
    COMMITMENT_FOUND("org.commitmenttracker.commitment.found.v1", Topics.ALERTS, CommitmentFound.class),
    WEBHOOK_DISABLED("org.commitmenttracker.webhook.disabled.v1", Topics.WEBHOOKS, WebhookDisabled.class);

    private final String typeId;
    private final String topic;
    private final Class<? extends TrackerEvent> recordType;

    EventType(String typeId, String topic, Class<? extends TrackerEvent> recordType) {
        this.typeId = typeId;
        this.topic = topic;
        this.recordType = recordType;
    }

    public String typeId() {
        return typeId;
    }

    public String topic() {
        return topic;
    }

    public Class<? extends TrackerEvent> recordType() {
        return recordType;
    }

    /** The type without its namespace and version, as webhook envelopes name it: {@code commitment.overdue}. */
    public String shortName() {
        return typeId.substring("org.commitmenttracker.".length(), typeId.lastIndexOf(".v"));
    }

    public static Optional<EventType> ofTypeId(String typeId) {
        return Arrays.stream(values()).filter(type -> type.typeId.equals(typeId)).findFirst();
    }

    public static EventType of(TrackerEvent event) {
        return Arrays.stream(values())
                .filter(type -> type.recordType.equals(event.getClass()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not an event of the catalogue: " + event.getClass()));
    }
}
