package org.commitmenttracker.events;

import java.time.Instant;

/** What every event carries: a unique id consumers are idempotent on, when it happened, and what it is about. */
public sealed interface TrackerEvent permits AnswerReceived, AnswerCorrected, AnswerWithdrawn, StatementReceived,
        StatementCorrected, CommitmentExtracted, CommitmentChanged, CommitmentState, CommitmentAlert, WebhookDisabled {

    String eventId();

    Instant occurredAt();

    /** The record key and {@code ce_subject}: an answer id, a commitment id or a webhook subscription id. */
    String subject();
}
