package org.commitmenttracker.notify.tracking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.commitmenttracker.events.CommitmentState;
import org.commitmenttracker.events.Topics;
import org.commitmenttracker.events.TrackerEvent;
import org.commitmenttracker.support.events.EventReader;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;
import org.springframework.stereotype.Component;

/**
 * Keeps the read model up to date from the compacted {@link Topics#COMMITMENT_STATE}, a poll's batch at a time: each
 * record is a commitment's whole state, and the newest version wins, so a replay or a stale record changes nothing; a
 * tombstone (a null value) removes the commitment. Runs of states are applied together: one read of what is stored,
 * the newer states announced as {@link CommitmentStateChanges} to the listeners in this service (the change alerts),
 * then one bulk write; a tombstone alone, in order. The offsets are committed once the whole batch is applied. A record
 * that cannot be read fails alone: what came before it is applied, it goes to the dead-letter topic, and the records
 * after it are handled again. Types this service does not use are skipped.
 */
@Component
class CommitmentListener {

    /** The consumer group: {@code notify.consumer-group} ({@code NOTIFY_CONSUMER_GROUP}), notify-service by default. */
    static final String GROUP_ID = "${notify.consumer-group}";

    /** The listener container's id, for the registry. */
    static final String ID = "commitment-states";

    private static final LogAccessor log = new LogAccessor(CommitmentListener.class);

    private final EventReader reader;
    private final CommitmentStore store;
    private final ApplicationEventPublisher announcer;

    CommitmentListener(EventReader reader, CommitmentStore store, ApplicationEventPublisher announcer) {
        this.reader = reader;
        this.store = store;
        this.announcer = announcer;
    }

    @KafkaListener(id = ID, idIsGroup = false, topics = Topics.COMMITMENT_STATE, groupId = GROUP_ID, batch = "true")
    void on(List<ConsumerRecord<String, CloudEvent>> records) {
        Run run = new Run(records);
        for (int i = 0; i < records.size(); i++) {
            ConsumerRecord<String, CloudEvent> record = records.get(i);
            try {
                if (record.value() == null) {
                    // a batch listener gets a record that could not be deserialised too, without a value
                    DeserializationException unreadable = SerializationUtils.getExceptionFromHeader(record,
                            SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, log);
                    if (unreadable != null) {
                        throw unreadable;
                    }
                    run.apply();
                    if (record.key() != null) {
                        store.delete(record.key());
                    }
                    continue;
                }
                Optional<TrackerEvent> event = reader.read(record.value());
                if (event.isPresent() && event.get() instanceof CommitmentState state) {
                    run.add(i, TrackedCommitment.of(state));
                }
            } catch (BatchListenerFailedException e) {
                throw e; // the run before a tombstone failed, at an index of its own
            } catch (RuntimeException e) {
                run.apply();
                throw failed(record, i, e);
            }
        }
        run.apply();
    }

    /** States waiting to be applied together, each with its record's index in the batch. */
    private final class Run {

        private final List<ConsumerRecord<String, CloudEvent>> records;
        private final List<Integer> indexes = new ArrayList<>();
        private final List<TrackedCommitment> states = new ArrayList<>();

        Run(List<ConsumerRecord<String, CloudEvent>> records) {
            this.records = records;
        }

        void add(int index, TrackedCommitment state) {
            indexes.add(index);
            states.add(state);
        }

        /**
         * Applies the run together; if that fails, one state at a time, so that the one that fails is the one reported
         * (with what came before it applied), not the run's first.
         */
        void apply() {
            if (states.isEmpty()) {
                return;
            }
            try {
                applyAll(states);
            } catch (RuntimeException together) {
                for (int i = 0; i < states.size(); i++) {
                    try {
                        applyAll(List.of(states.get(i)));
                    } catch (RuntimeException alone) {
                        int index = indexes.get(i);
                        throw failed(records.get(index), index, alone);
                    }
                }
            } finally {
                indexes.clear();
                states.clear();
            }
        }
    }

    private void applyAll(List<TrackedCommitment> states) {
        Map<String, TrackedCommitment> latest = new HashMap<>(
                store.findAll(states.stream().map(TrackedCommitment::commitmentId).distinct().toList()));
        List<CommitmentStateChanges.Change> changes = new ArrayList<>();
        Map<String, TrackedCommitment> newest = new LinkedHashMap<>();
        for (TrackedCommitment state : states) {
            TrackedCommitment before = latest.get(state.commitmentId());
            if (before == null || before.version() < state.version()) {
                changes.add(new CommitmentStateChanges.Change(Optional.ofNullable(before), state));
                latest.put(state.commitmentId(), state);
                newest.put(state.commitmentId(), state);
            }
        }
        if (!changes.isEmpty()) {
            // what the changes call for is stored first, in this thread: a crash before the write below redoes both
            announcer.publishEvent(new CommitmentStateChanges(changes));
            store.saveAllIfNewer(List.copyOf(newest.values()));
        }
    }

    private static BatchListenerFailedException failed(ConsumerRecord<String, CloudEvent> record, int index,
                                                       Throwable cause) {
        return new BatchListenerFailedException("Commitment state at " + record.topic() + "-" + record.partition() + "@"
                + record.offset() + " could not be handled", cause, index);
    }
}
