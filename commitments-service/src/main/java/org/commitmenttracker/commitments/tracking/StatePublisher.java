package org.commitmenttracker.commitments.tracking;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.commitmenttracker.commitments.store.Change;
import org.commitmenttracker.commitments.store.Commitment;
import org.commitmenttracker.commitments.store.CommitmentStore;
import org.commitmenttracker.events.ChangeKind;
import org.commitmenttracker.events.CommitmentChanged;
import org.commitmenttracker.events.CommitmentExtracted;
import org.commitmenttracker.events.CommitmentState;
import org.commitmenttracker.events.ThreadEntry;
import org.commitmenttracker.events.TrackerEvent;
import org.commitmenttracker.support.events.EventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Publishes what changed in commitments: for each, an event per change not yet on Kafka (on
 * {@code tracker.commitments.v1}), then its whole current state (on the compacted {@code tracker.commitments.state.v1}),
 * and once the broker has acknowledged them, records them as published. Event ids derive from the commitment id and
 * the version, so publishing again after a failure gives consumers the same ids.
 */
@Component
public class StatePublisher {

    private static final Logger log = LoggerFactory.getLogger(StatePublisher.class);

    /** Rounds of publishing a later version that another writer stored meanwhile; writers rarely race longer. */
    static final int MAX_ROUNDS = 4;

    private final EventPublisher publisher;
    private final CommitmentStore store;

    StatePublisher(EventPublisher publisher, CommitmentStore store) {
        this.publisher = publisher;
        this.store = store;
    }

    /**
     * Publishes the unpublished changes and the state of each commitment, waiting for the broker. Then, for each,
     * reads it again: if another writer stored a later version meanwhile, whose state may have reached the broker before
     * this one, that later state is published again, so that the last record of the key on the compacted topic is
     * always the newest state.
     */
    public void publish(List<Commitment> changed) {
        List<Commitment> round = changed;
        for (int i = 0; i < MAX_ROUNDS && !round.isEmpty(); i++) {
            List<TrackerEvent> events = new ArrayList<>();
            for (Commitment c : round) {
                c.unpublishedChanges().forEach(change -> events.add(changeEvent(c, change)));
                events.add(state(c));
            }
            publisher.publishAll(events);
            store.markAllPublished(round);
            Map<String, Long> sent = new HashMap<>();
            round.forEach(c -> sent.put(c.id(), c.version()));
            round = store.findAll(sent.keySet()).stream().filter(now -> now.version() > sent.get(now.id())).toList();
        }
    }

    /**
     * As {@link #publish}, but a broker that does not acknowledge leaves the events pending, for
     * {@link PendingPublications} to publish later, instead of failing a change that is stored already.
     */
    public void publishOrLeavePending(List<Commitment> changed) {
        try {
            publish(changed);
        } catch (RuntimeException e) {
            log.warn("The events of {} changed commitment(s) stay pending and are published later: {}", changed.size(),
                    e.toString());
        }
    }

    static CommitmentState state(Commitment c) {
        return new CommitmentState(eventId(c.id(), c.version(), "state"), c.updatedAt(), c.id(), c.version(), c.source(),
                c.quote(), c.action(), c.strength(), c.confidence(), c.deadline(), c.status(), c.review(), c.evidence(),
                c.missingMeasure(), c.inLatestAnswer(), c.withdrawn(), c.tracked(),
                c.thread().stream().map(link -> new ThreadEntry(link.answerId(), link.commitmentId(), link.dateAnswered(),
                        link.department(), link.text(), link.later())).toList(),
                c.suggestion() == null ? null : c.suggestion().status());
    }

    static TrackerEvent changeEvent(Commitment c, Change change) {
        String eventId = eventId(c.id(), change.version(), "change");
        if (change.kind() == ChangeKind.EXTRACTED || change.kind() == ChangeKind.RE_EXTRACTED) {
            // what that version was, even when it is published after later ones were stored
            Change.Extraction then = change.extraction() != null ? change.extraction()
                    : new Change.Extraction(c.source(), c.quote(), c.found(), c.confidence(), c.status());
            return new CommitmentExtracted(eventId, change.at(), c.id(), then.source(), then.quote(), then.found().action(),
                    then.found().strength(), then.confidence(), then.found().deadline(), then.status(), change.version());
        }
        return new CommitmentChanged(eventId, change.at(), c.id(), change.version(), change.kind(), change.by(),
                change.note(), change.fields(), change.evidence());
    }

    private static String eventId(String commitmentId, long version, String what) {
        return UUID.nameUUIDFromBytes((commitmentId + "|" + version + "|" + what).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
