package org.commitmenttracker.notify.alerts;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The alerts raised, one per id. Publishing is claimed with a lease so that two instances never publish the same
 * pending alert at once.
 */
public interface AlertStore {

    /**
     * Inserts the alerts, pending and leased to the caller until {@code leaseUntil}, with one bulk write; an alert whose
     * id exists already (it was raised before) is left as it is.
     *
     * @return those inserted now, in order: not those that existed already
     */
    List<Alert> insertAllPending(List<Alert> alerts, Instant leaseUntil);

    /**
     * Takes up to {@code limit} pending alerts whose lease has run out, each leasing it until {@code leaseUntil}, oldest
     * first: one look for them, then one conditional claim each, so that an alert another instance claimed in between
     * is left to it.
     */
    List<Alert> claimPending(Instant now, Instant leaseUntil, int limit);

    /** Marks the alerts published, with one bulk write. */
    void markPublished(List<String> ids, Instant publishedAt);

    /** The latest alerts that match, newest first. */
    List<Alert> find(AlertQuery query);

    /**
     * What to list.
     *
     * @param types       alert types ({@code commitment.overdue} ...); empty for all
     * @param departments departments, each with its line ({@link AlertFilter#departmentsWithTheirLines}); empty for all
     * @param since       raised at or after; null for no bound
     * @param until       raised at or before; null for no bound
     */
    record AlertQuery(Collection<String> types, Collection<String> departments, Instant since, Instant until, int limit) {

        public static AlertQuery latest(int limit) {
            return new AlertQuery(List.of(), List.of(), null, null, limit);
        }
    }
}
