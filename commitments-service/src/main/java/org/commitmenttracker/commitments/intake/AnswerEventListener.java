package org.commitmenttracker.commitments.intake;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import io.cloudevents.CloudEvent;
import jakarta.annotation.PreDestroy;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.commitmenttracker.commitments.CommitmentsProperties;
import org.commitmenttracker.events.Answer;
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
 * (on {@code commitments.extraction-threads} threads side by side), and runs of extracted answers are stored together
 * ({@link AnswerProcessor#processAll}) and a withdrawal alone, in order, while the engine goes on with the answers
 * after them; the batch's offsets are committed only once all of it is stored. Of several versions of one answer in
 * a batch only the last is extracted and stored (unless a withdrawal comes between them): it supersedes the others,
 * and a batch delivered again (after a crash before its commit) then cannot make an earlier version undo a later one
 * that was stored. A record that cannot be read or handled fails
 * alone: what came before it is stored, it is retried a few times and then goes to {@code tracker.answers.v1.dlt},
 * and the records after it are handled again from there (which changes nothing for those already stored).
 */
@Component
class AnswerEventListener {

    /** The listener container's id, for the registry. */
    static final String ID = "answers";

    /**
     * The fewest extracted answers stored while the engine is still on later ones: fewer would cost more round trips
     * to the store and the broker than they save.
     */
    static final int MIN_RUN = 25;

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
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            try {
                Optional<TrackerEvent> event = read(records.get(i));
                if (event.isPresent() && event.get() instanceof AnswerWithdrawn withdrawn) {
                    steps.add(new Step(i, null, null, withdrawn.answerId(), null));
                } else {
                    Optional<Incoming> answer = event.flatMap(AnswerEventListener::incoming);
                    if (answer.isPresent()) {
                        steps.add(new Step(i, answer.get(), null, null, null));
                    }
                }
            } catch (RuntimeException e) {
                steps.add(new Step(i, null, null, null, e));
                break;
            }
        }
        // the versions superseded later in the batch, found from its end
        Set<Integer> superseded = new HashSet<>();
        Set<String> later = new HashSet<>();
        for (int i = steps.size() - 1; i >= 0; i--) {
            Step step = steps.get(i);
            if (step.answer() == null) {
                later.clear(); // a withdrawal or a failure: what comes after it is not stored with what comes before
            } else if (!later.add(step.answer().answer().id())) {
                superseded.add(i);
            }
        }
        // every other answer's extraction starts at once, on the engine's threads; they are taken in order below
        for (int i = 0; i < steps.size(); i++) {
            Incoming answer = steps.get(i).answer();
            if (answer != null && !superseded.contains(i)) {
                steps.set(i, steps.get(i).extracting(extraction.submit(() ->
                        processor.extract(answer.eventId(), answer.answer(), answer.statement()))));
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
            } else if (step.extraction() != null) {
                if (!step.extraction().isDone() && run.size() >= MIN_RUN) {
                    // the engine is still on the answers after these: store these meanwhile
                    run.store();
                }
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

    /** Extracted answers waiting to be stored together, each with its record's index in the batch. */
    private final class Run {

        private final List<ConsumerRecord<String, CloudEvent>> records;
        private final List<Integer> indexes = new ArrayList<>();
        private final List<AnswerProcessor.Extracted> answers = new ArrayList<>();

        Run(List<ConsumerRecord<String, CloudEvent>> records) {
            this.records = records;
        }

        int size() {
            return answers.size();
        }

        void add(int index, AnswerProcessor.Extracted answer) {
            answers.add(answer);
            indexes.add(index);
        }

        /**
         * Stores the run together; if that fails, one answer at a time, so that the one that fails is the one reported
         * (with what came before it stored), not the run's first.
         */
        void store() {
            if (answers.isEmpty()) {
                return;
            }
            try {
                processor.processAll(List.copyOf(answers));
            } catch (RuntimeException together) {
                for (int i = 0; i < answers.size(); i++) {
                    try {
                        processor.processAll(List.of(answers.get(i)));
                    } catch (RuntimeException alone) {
                        throw failed(records, indexes.get(i), alone);
                    }
                }
            } finally {
                answers.clear();
                indexes.clear();
            }
        }
    }

    /**
     * One record of a batch: an answer (being extracted, unless a later version in the batch supersedes it), a
     * withdrawal, or a record that could not be read.
     */
    private record Step(int index, Incoming answer, Future<AnswerProcessor.Extracted> extraction, String withdrawal,
                        Throwable failure) {

        Step extracting(Future<AnswerProcessor.Extracted> extraction) {
            return new Step(index, answer, extraction, withdrawal, failure);
        }
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

    /** An answer or statement to extract and store; other event types on this topic are not ours to handle. */
    private static Optional<Incoming> incoming(TrackerEvent event) {
        if (event instanceof AnswerReceived received) {
            return Optional.of(new Incoming(received.eventId(), received.answer(), false));
        } else if (event instanceof AnswerCorrected corrected) {
            return Optional.of(new Incoming(corrected.eventId(), corrected.answer(), false));
        } else if (event instanceof StatementReceived received) {
            return Optional.of(new Incoming(received.eventId(), received.statement(), true));
        } else if (event instanceof StatementCorrected corrected) {
            return Optional.of(new Incoming(corrected.eventId(), corrected.statement(), true));
        }
        return Optional.empty();
    }

    /** The event's answer (or, with {@code statement}, written ministerial statement). */
    private record Incoming(String eventId, Answer answer, boolean statement) {
    }

}
