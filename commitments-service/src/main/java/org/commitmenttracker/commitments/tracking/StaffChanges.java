package org.commitmenttracker.commitments.tracking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;

import org.commitmenttracker.commitments.store.ChangeRefusedException;
import org.commitmenttracker.commitments.store.Commitment;
import org.commitmenttracker.commitments.store.CommitmentStore;
import org.commitmenttracker.commitments.store.ThreadLink;
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
    private final CommitmentWrites writes;
    private final StatePublisher publisher;
    private final Clock clock;

    StaffChanges(CommitmentStore store, CommitmentWrites writes, StatePublisher publisher, Clock clock) {
        this.store = store;
        this.writes = writes;
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
        if (!store.writeAll(List.of(new CommitmentStore.Write(current, next))).isEmpty()) {
            long now = store.find(id).map(Commitment::version).orElse(seenVersion + 1);
            throw stale(now, seenVersion);
        }
        publisher.publishOrLeavePending(List.of(next));
        return next;
    }

    /**
     * Links two commitments of one thread by hand: the one the editor saw (at {@code seenVersion}) and the other,
     * which gets the link back. The later answered is the later of the thread.
     */
    public Commitment link(String id, long seenVersion, String otherId, String by, String note) {
        Commitment other = store.find(otherId).orElseThrow(() -> FieldProblemException.unprocessable("commitmentId",
                "no commitment has the id " + otherId));
        Commitment[] self = new Commitment[1];
        Commitment changed = apply(id, seenVersion, (c, now) -> {
            self[0] = c;
            return c.linked(linkTo(other, answeredNoEarlier(other, c), by, now), null, by, note, now);
        });
        boolean otherIsLater = answeredNoEarlier(other, changed);
        writes.apply(otherId, stored -> stored.filter(o -> !o.linkedTo(id))
                        .map(o -> o.linked(linkTo(self[0], !otherIsLater, by, clock.instant()), null, by, note, clock.instant())))
                .ifPresent(reverse -> publisher.publishOrLeavePending(List.of(reverse)));
        return changed;
    }

    /** Unlinks two commitments (or a commitment and an answer's text) by hand, both ways. */
    public Commitment unlink(String id, long seenVersion, String otherId, String by, String note) {
        Commitment changed = apply(id, seenVersion, (c, now) -> c.unlinked(otherId, by, note, now));
        writes.apply(otherId, stored -> stored.filter(o -> o.linkedTo(id))
                        .map(o -> o.unlinked(id, by, note, clock.instant())))
                .ifPresent(reverse -> publisher.publishOrLeavePending(List.of(reverse)));
        return changed;
    }

    /** Whether {@code a} was answered on or after {@code b}'s day; an unknown date counts as later. */
    private static boolean answeredNoEarlier(Commitment a, Commitment b) {
        LocalDate first = a.source().dateAnswered();
        LocalDate second = b.source().dateAnswered();
        return first == null || second == null || !first.isBefore(second);
    }

    private static ThreadLink linkTo(Commitment c, boolean later, String by, Instant now) {
        return new ThreadLink(c.source().answerId(), c.id(), c.source().dateAnswered(), c.source().department(), c.action(),
                later, by, now);
    }

    private static FieldProblemException stale(long current, long seen) {
        return FieldProblemException.conflict("version", "is " + current + ", not " + seen
                + ": the commitment changed since you read it; read it again and redo the change");
    }
}
