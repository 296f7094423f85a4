package org.commitmenttracker.notify.tracking;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.commitmenttracker.events.CommitmentState;
import org.commitmenttracker.events.Topics;
import org.commitmenttracker.support.events.EventReader;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the read model up to date from the compacted {@link Topics#COMMITMENT_STATE}: each record is a commitment's
 * whole state, and the newest version wins, so a replay or a stale record changes nothing; a tombstone (a null value)
 * removes the commitment. The offset is committed once the record has been handled (record ack mode). Records that
 * cannot be read go to the dead-letter topic; types this service does not use are skipped.
 */
@Component
class CommitmentListener {

    static final String GROUP_ID = "notify-service";

    private final EventReader reader;
    private final CommitmentStore store;

    CommitmentListener(EventReader reader, CommitmentStore store) {
        this.reader = reader;
        this.store = store;
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
                store.saveIfNewer(TrackedCommitment.of(state));
            }
        });
    }
}
