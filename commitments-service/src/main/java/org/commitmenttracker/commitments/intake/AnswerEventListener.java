package org.commitmenttracker.commitments.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import io.cloudevents.CloudEvent;
import jakarta.annotation.PreDestroy;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.commitmenttracker.commitments.CommitmentsProperties;
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
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Consumes answer and statement events at least once, a poll's batch at a time: every answer is read and extracted
 * (on {@code commitments.extraction-threads} threads side by side), then runs of answers are stored together
 * ({@link AnswerProcessor#processAll}) and a withdrawal alone, in order, and the batch's offsets are committed only
 * once all of it is stored. A record that cannot be read or handled fails
 * alone: what came before it is stored, it is retried a few times and then goes to {@code tracker.answers.v1.dlt},
 * and the records after it are handled again from there (which changes nothing for those already stored).
 */
@Component
class AnswerEventListener {

    /** The listener container's id, for the registry. */
    static final String ID = "answers";

    private final EventReader reader;
    private final AnswerProcessor processor;
    /**
     * The threads the engine reads a batch's answers on, side by side: platform threads, so that each keeps its
     * taggers (the engine's per-thread tools) from one answer to the next; as many as there are cores to give it.
     */
    private final ThreadPoolTaskExecutor extraction;

    AnswerEventListener(EventReader reader, AnswerProcessor processor, CommitmentsProperties properties) {
        this.reader = reader;
        this.processor = processor;
        this.extraction = new ThreadPoolTaskExecutor();
        extraction.setCorePoolSize(properties.extractionThreads());
        extraction.setMaxPoolSize(properties.extractionThreads());
        extraction.setThreadNamePrefix("extract-");
        extraction.initialize();
    }

    @PreDestroy
    void stop() {
        extraction.shutdown();
    }

    @KafkaListener(id = AnswerEventListener.ID, idIsGroup = false, topics = Topics.ANSWERS, groupId = "commitments-service",
            batch = "true")
    void on(List<ConsumerRecord<String, CloudEvent>> records) {
        // every answer's extraction starts at once, on the engine's threads; they are taken in order below
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            try {
                Optional<TrackerEvent> event = read(records.get(i));
                if (event.isPresent() && event.get() instanceof AnswerWithdrawn withdrawn) {
                    steps.add(new Step(i, null, withdrawn.answerId(), null));
                } else if (event.isPresent() && isAnswer(event.get())) {
                    TrackerEvent answer = event.get();
                    steps.add(new Step(i, extraction.submit(() -> extract(answer)), null, null));
                }
            } catch (RuntimeException e) {
                steps.add(new Step(i, null, null, e));
                break;
            }
        }
        Run run = new Run(records);
        for (Step step : steps) {
            if (step.failure() != null) {
                run.store();
                throw failed(records, step.index(), step.failure());
            } else if (step.withdrawal() != null) {
                run.store();
                try {
                    processor.withdraw(step.withdrawal());
                } catch (RuntimeException e) {
                    throw failed(records, step.index(), e);
                }
            } else {
                try {
                    run.add(step.index(), step.extraction().get());
                } catch (ExecutionException e) {
                    run.store();
                    throw failed(records, step.index(), e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    run.store();
                    throw failed(records, step.index(), e);
                }
            }
        }
        run.store();
    }

    /**
     * Answers waiting to be stored together, each with its record's index in the batch. Of several versions of one
     * answer in a run only the last is stored: it supersedes the others, and a batch delivered again (after a crash
     * before its commit) then cannot make an earlier version undo a later one that was stored.
     */
    private final class Run {

        private final List<ConsumerRecord<String, CloudEvent>> records;
        private final Map<String, Integer> indexes = new LinkedHashMap<>();
        private final Map<String, AnswerProcessor.Extracted> answers = new LinkedHashMap<>();

        Run(List<ConsumerRecord<String, CloudEvent>> records) {
            this.records = records;
        }

        void add(int index, AnswerProcessor.Extracted answer) {
            String id = answer.answer().id();
            // a later version goes to the end, as if it had come alone
            answers.remove(id);
            indexes.remove(id);
            answers.put(id, answer);
            indexes.put(id, index);
        }

        /**
         * Stores the run together; if that fails, one answer at a time, so that the one that fails is the one reported
         * (with what came before it stored), not the run's first.
         */
        void store() {
            if (answers.isEmpty()) {
                return;
            }
            List<AnswerProcessor.Extracted> all = List.copyOf(answers.values());
            try {
                processor.processAll(all);
            } catch (RuntimeException together) {
                for (AnswerProcessor.Extracted answer : all) {
                    try {
                        processor.processAll(List.of(answer));
                    } catch (RuntimeException alone) {
                        throw failed(records, indexes.get(answer.answer().id()), alone);
                    }
                }
            } finally {
                answers.clear();
                indexes.clear();
            }
        }
    }

    /** One record of a batch: an answer being extracted, a withdrawal, or a record that could not be read. */
    private record Step(int index, Future<AnswerProcessor.Extracted> extraction, String withdrawal, Throwable failure) {
    }

    private static BatchListenerFailedException failed(List<ConsumerRecord<String, CloudEvent>> records, int index,
                                                       Throwable cause) {
        ConsumerRecord<String, CloudEvent> record = records.get(index);
        return new BatchListenerFailedException("Answer event at " + record.topic() + "-" + record.partition() + "@"
                + record.offset() + " could not be handled", cause, index);
    }

    /** The event; a record that could not be deserialised reaches a batch listener without a value. */
    private Optional<TrackerEvent> read(ConsumerRecord<String, CloudEvent> record) {
        if (record.value() == null) {
            throw new MalformedEventException("The record is not a CloudEvent that can be read");
        }
        return reader.read(record.value());
    }

    /** Other event types on this topic are not ours to handle. */
    private static boolean isAnswer(TrackerEvent event) {
        return event instanceof AnswerReceived || event instanceof AnswerCorrected || event instanceof StatementReceived
                || event instanceof StatementCorrected;
    }

    private AnswerProcessor.Extracted extract(TrackerEvent event) {
        if (event instanceof AnswerReceived received) {
            return processor.extract(received.eventId(), received.answer(), false);
        } else if (event instanceof AnswerCorrected corrected) {
            return processor.extract(corrected.eventId(), corrected.answer(), false);
        } else if (event instanceof StatementReceived received) {
            return processor.extract(received.eventId(), received.statement(), true);
        }
        StatementCorrected corrected = (StatementCorrected) event;
        return processor.extract(corrected.eventId(), corrected.statement(), true);
    }

}
