package org.commitmenttracker.commitments.intake;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.commitmenttracker.events.AnswerCorrected;
import org.commitmenttracker.events.AnswerReceived;
import org.commitmenttracker.events.AnswerWithdrawn;
import org.commitmenttracker.events.StatementCorrected;
import org.commitmenttracker.events.StatementReceived;
import org.commitmenttracker.events.Topics;
import org.commitmenttracker.support.events.EventReader;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes answer and statement events at least once: each is handled (stored, then its commitment events published) before its
 * offset is committed. A record that fails goes to {@code tracker.answers.v1.dlt} after a few retries.
 */
@Component
class AnswerEventListener {

    private final EventReader reader;
    private final AnswerProcessor processor;

    AnswerEventListener(EventReader reader, AnswerProcessor processor) {
        this.reader = reader;
        this.processor = processor;
    }

    @KafkaListener(topics = Topics.ANSWERS, groupId = "commitments-service")
    void on(ConsumerRecord<String, CloudEvent> record) {
        reader.read(record.value()).ifPresent(event -> {
            // other event types on this topic are not ours to handle
            if (event instanceof AnswerReceived received) {
                processor.process(received.eventId(), received.answer(), false);
            } else if (event instanceof AnswerCorrected corrected) {
                processor.process(corrected.eventId(), corrected.answer(), false);
            } else if (event instanceof StatementReceived received) {
                processor.process(received.eventId(), received.statement(), true);
            } else if (event instanceof StatementCorrected corrected) {
                processor.process(corrected.eventId(), corrected.statement(), true);
            } else if (event instanceof AnswerWithdrawn withdrawn) {
                processor.withdraw(withdrawn.answerId());
            }
        });
    }
}
