package org.commitmenttracker.commitments.tracking;

import java.util.List;

import org.commitmenttracker.commitments.store.Commitment;
import org.commitmenttracker.commitments.store.CommitmentStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes again what a write stored but could not publish (the broker was down, the service stopped between the
 * two): every commitment whose latest version is not recorded as published. Consumers are idempotent on the event
 * ids, which are the same each time, so publishing something twice is harmless.
 */
@Component
class PendingPublications {

    private static final Logger log = LoggerFactory.getLogger(PendingPublications.class);

    static final int BATCH = 200;

    private final CommitmentStore store;
    private final StatePublisher publisher;

    PendingPublications(CommitmentStore store, StatePublisher publisher) {
        this.store = store;
        this.publisher = publisher;
    }

    @Scheduled(fixedDelayString = "${commitments.republish-interval}", initialDelayString = "${commitments.republish-interval}")
    void republish() {
        try {
            int count = publishPending();
            if (count > 0) {
                log.info("Published the events of {} commitment(s) that a write had left unpublished", count);
            }
        } catch (RuntimeException e) {
            log.warn("Commitment events still unpublished; trying again later: {}", e.toString());
        }
    }

    /**
     * Each commitment on its own, so that one that cannot be published does not hold back the others.
     *
     * @return how many commitments' events were published
     */
    int publishPending() {
        int published = 0;
        for (Commitment pending : store.awaitingPublication(BATCH)) {
            try {
                publisher.publish(List.of(pending));
                published++;
            } catch (RuntimeException e) {
                log.warn("The events of commitment {} stay pending: {}", pending.id(), e.toString());
            }
        }
        return published;
    }
}
