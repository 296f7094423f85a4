package org.commitmenttracker.notify.tracking;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.commitmenttracker.events.CommitmentState;
import org.commitmenttracker.events.Topics;
import org.commitmenttracker.support.events.EventReader;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the read model up to date from the compacted {@link Topics#COMMITMENT_STATE}: each record is a commitment's
 * whole state, and the newest version wins, so a replay or a stale record changes nothing; a tombstone (a null value)
 * removes the commitment. Each newer state is announced as a {@link CommitmentStateApplied} to the listeners in this
 * service (the change alerts), in this thread. The offset is committed once the record has been handled (record ack mode). Records that
 * cannot be read go to the dead-letter topic; types this service does not use are skipped.
 */
@Component
class CommitmentListener {

    /** The consumer group: {@code notify.consumer-group} ({@code NOTIFY_CONSUMER_GROUP}), notify-service by default. */
    static final String GROUP_ID = "${notify.consumer-group}";

    private final EventReader reader;
    private final CommitmentStore store;
    private final ApplicationEventPublisher applied;

    CommitmentListener(EventReader reader, CommitmentStore store, ApplicationEventPublisher applied) {
        this.reader = reader;
        this.store = store;
        this.applied = applied;
    }

    @KafkaListener(topics = Topics.COMMITMENT_STATE, groupId = GROUP_ID)
    void on(ConsumerRecord<String, CloudEvent> record) {
        if (record.value() == null) {
            if (record.key() != null) {
                store.delete(record.key());
            }
            return;
        }
        reader.read(record.value()).ifPresent(event -> {
            if (event instanceof CommitmentState state) {
                TrackedCommitment current = TrackedCommitment.of(state);
                CommitmentStore.Saved saved = store.saveIfNewer(current);
                if (saved.written()) {
                    // handled in this thread, before the offset is committed
                    applied.publishEvent(new CommitmentStateApplied(saved.previous(), current));
                }
            }
        });
    }
}
