package org.commitmenttracker.commitments.tracking;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;

import org.commitmenttracker.commitments.store.ChangeRefusedException;
import org.commitmenttracker.commitments.store.Commitment;
import org.commitmenttracker.commitments.store.CommitmentStore;
import org.commitmenttracker.support.web.FieldProblemException;
import org.commitmenttracker.support.web.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * Changes made by staff: each one applies to the version the member of staff saw, or to none. A stale version is a
 * 409 naming {@code version}, never a silent overwrite; a change the rules refuse is a 409 or 422 naming its field.
 * Once stored, the change is published; if the broker cannot take it now, it stays pending and is published later.
 */
@Service
public class StaffChanges {

    private final CommitmentStore store;
    private final StatePublisher publisher;
    private final Clock clock;

    StaffChanges(CommitmentStore store, StatePublisher publisher, Clock clock) {
        this.store = store;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * @param seenVersion the version the change was made against
     * @param change      from the commitment as stored, and the time, to its next version
     */
    public Commitment apply(String id, long seenVersion, BiFunction<Commitment, Instant, Commitment> change) {
        Commitment current = store.find(id).orElseThrow(() -> new NotFoundException("No commitment with id " + id));
        if (current.version() != seenVersion) {
            throw stale(current.version(), seenVersion);
        }
        Commitment next;
        try {
            next = change.apply(current, clock.instant());
        } catch (ChangeRefusedException e) {
            throw e.reason() == ChangeRefusedException.Reason.CONFLICT
                    ? FieldProblemException.conflict(e.field(), e.getMessage())
                    : FieldProblemException.unprocessable(e.field(), e.getMessage());
        }
        if (!store.replace(next, seenVersion)) {
            long now = store.find(id).map(Commitment::version).orElse(seenVersion + 1);
            throw stale(now, seenVersion);
        }
        publisher.publishOrLeavePending(List.of(next));
        return next;
    }

    private static FieldProblemException stale(long current, long seen) {
        return FieldProblemException.conflict("version", "is " + current + ", not " + seen
                + ": the commitment changed since you read it; read it again and redo the change");
    }
}
