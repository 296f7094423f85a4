package org.commitmenttracker.events;

/**
 * An alert about one commitment, raised by notify-service on {@link Topics#ALERTS}: what subscription filters (event
 * types, departments, ministers, keywords) and e-mail digests look at.
 */
public sealed interface CommitmentAlert extends TrackerEvent permits CommitmentFound, CommitmentDueSoon,
        CommitmentOverdue, CommitmentStatusChanged, CommitmentWithdrawn {

    String commitmentId();

    CommitmentSource source();

    String action();

    Quote quote();

    Deadline deadline();

    CommitmentStatus status();
}
