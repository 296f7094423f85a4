package org.commitmenttracker.commitments.tracking;

import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.commitmenttracker.commitments.store.Commitment;
import org.commitmenttracker.commitments.store.CommitmentStore;
import org.springframework.stereotype.Component;

/**
 * Applies a change to one commitment: reads it, works out its next version, and writes that only if nobody wrote
 * another version meanwhile; if somebody did, reads again and applies the change to what they wrote.
 */
@Component
public class CommitmentWrites {

    /** Concurrent writes to one commitment are rare (an answer event and a member of staff at once); a few tries do. */
    public static final int ATTEMPTS = 5;

    private final CommitmentStore store;

    CommitmentWrites(CommitmentStore store) {
        this.store = store;
    }

    /**
     * @param change from the commitment as stored (empty if there is none) to its next version, or empty for "no change"
     * @return the next version as written, or empty if the change changed nothing
     */
    public Optional<Commitment> apply(String id, Function<Optional<Commitment>, Optional<Commitment>> change) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<Commitment> current = store.find(id);
            Optional<Commitment> next = change.apply(current);
            if (next.isEmpty()) {
                return next;
            }
            boolean written = store.writeAll(List.of(new CommitmentStore.Write(current.orElse(null), next.get()))).isEmpty();
            if (written) {
                return next;
            }
        }
        throw new ConcurrentModificationException("Commitment " + id + " kept changing under " + ATTEMPTS + " attempts to update it");
    }
}
