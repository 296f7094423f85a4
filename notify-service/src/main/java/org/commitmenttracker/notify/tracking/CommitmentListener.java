package org.commitmenttracker.notify.tracking;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.commitmenttracker.events.CommitmentExtracted;
import org.commitmenttracker.events.Topics;
import org.commitmenttracker.support.events.EventReader;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the read model up to date from {@link Topics#COMMITMENTS}. The offset is committed once the record has been
 * handled (record ack mode), so a crash replays it; the write is an upsert by commitment id, so a replay changes
 * nothing. Records that cannot be read go to the dead-letter topic; types this service does not use are skipped.
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

    @KafkaListener(topics = Topics.COMMITMENTS, groupId = GROUP_ID)
    void on(ConsumerRecord<String, CloudEvent> record) {
        if (record.value() == null) {
            return;
        }
        reader.read(record.value()).ifPresent(event -> {
            if (event instanceof CommitmentExtracted extracted) {
                store.save(TrackedCommitment.of(extracted));
            }
        });
    }
}
