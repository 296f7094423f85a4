package org.commitmenttracker.commitments.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.commitmenttracker.events.AnswerCorrected;
import org.commitmenttracker.events.AnswerReceived;
import org.commitmenttracker.events.AnswerWithdrawn;
import org.commitmenttracker.events.StatementCorrected;
import org.commitmenttracker.events.StatementReceived;
import org.commitmenttracker.events.Topics;
import org.commitmenttracker.events.TrackerEvent;
import org.commitmenttracker.support.events.EventReader;
import org.commitmenttracker.support.events.MalformedEventException;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

/**
 * Consumes answer and statement events at least once, a poll's batch at a time: every answer is read and extracted,
 * then runs of answers are stored together ({@link AnswerProcessor#processAll}) and a withdrawal alone, in order, and
 * the batch's offsets are committed only once all of it is stored. A record that cannot be read or handled fails
 * alone: what came before it is stored, it is retried a few times and then goes to {@code tracker.answers.v1.dlt},
 * and the records after it are handled again from there (which changes nothing for those already stored).
 */
@Component
class AnswerEventListener {

    /** The listener container's id, for the registry. */
    static final String ID = "answers";

    private final EventReader reader;
    private final AnswerProcessor processor;

    AnswerEventListener(EventReader reader, AnswerProcessor processor) {
        this.reader = reader;
        this.processor = processor;
    }

    @KafkaListener(id = AnswerEventListener.ID, idIsGroup = false, topics = Topics.ANSWERS, groupId = "commitments-service",
            batch = "true")
    void on(List<ConsumerRecord<String, CloudEvent>> records) {
        List<AnswerProcessor.Extracted> run = new ArrayList<>();
        int runStart = 0;
        for (int i = 0; i < records.size(); i++) {
            try {
                Optional<TrackerEvent> event = read(records.get(i));
                if (event.isPresent() && event.get() instanceof AnswerWithdrawn withdrawn) {
                    store(run, runStart);
                    run.clear();
                    processor.withdraw(withdrawn.answerId());
                } else {
                    event.flatMap(this::extract).ifPresent(run::add);
                }
                if (run.isEmpty()) {
                    runStart = i + 1;
                }
            } catch (BatchListenerFailedException e) {
                throw e;
            } catch (RuntimeException e) {
                store(run, runStart);
                throw new BatchListenerFailedException("Answer event at " + records.get(i).topic() + "-"
                        + records.get(i).partition() + "@" + records.get(i).offset() + " could not be handled", e, i);
            }
        }
        store(run, runStart);
    }

    /** The event; a record that could not be deserialised reaches a batch listener without a value. */
    private Optional<TrackerEvent> read(ConsumerRecord<String, CloudEvent> record) {
        if (record.value() == null) {
            throw new MalformedEventException("The record is not a CloudEvent that can be read");
        }
        return reader.read(record.value());
    }

    /** Other event types on this topic are not ours to handle. */
    private Optional<AnswerProcessor.Extracted> extract(TrackerEvent event) {
        if (event instanceof AnswerReceived received) {
            return Optional.of(processor.extract(received.eventId(), received.answer(), false));
        } else if (event instanceof AnswerCorrected corrected) {
            return Optional.of(processor.extract(corrected.eventId(), corrected.answer(), false));
        } else if (event instanceof StatementReceived received) {
            return Optional.of(processor.extract(received.eventId(), received.statement(), true));
        } else if (event instanceof StatementCorrected corrected) {
            return Optional.of(processor.extract(corrected.eventId(), corrected.statement(), true));
        }
        return Optional.empty();
    }

    /** Stores a run of answers; if that fails, the run's first record is the one reported failed. */
    private void store(List<AnswerProcessor.Extracted> run, int runStart) {
        try {
            processor.processAll(run);
        } catch (RuntimeException e) {
            throw new BatchListenerFailedException("Answer events from index " + runStart + " could not be stored", e,
                    runStart);
        }
    }
}
