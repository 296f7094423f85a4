package org.commitmenttracker.ingest.jobs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Jobs as {@link MongoJobStore} keeps them, in memory, for tests of the runner and of the kinds' work. */
public final class InMemoryJobStore implements JobStore {

    private final Map<String, Job> jobs = new HashMap<>();

    @Override
    public synchronized void create(Job job) {
        if (jobs.putIfAbsent(job.id(), job) != null) {
            throw new IllegalStateException("duplicate job " + job.id());
        }
    }

    @Override
    public synchronized Optional<Job> find(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    @Override
    public synchronized List<Job> unfinished(Instant createdBefore) {
        return jobs.values().stream().filter(job -> !job.ended() && job.createdAt().isBefore(createdBefore))
                .sorted(Comparator.comparing(Job::createdAt)).toList();
    }

    @Override
    public synchronized void started(String id, Instant at) {
        Job j = jobs.get(id);
        if (j != null && j.state() == JobState.QUEUED) {
            put(j, JobState.RUNNING, j.total(), null, j.checkpoint(), null, at, at, null);
        }
    }

    @Override
    public synchronized void counted(String id, long total, Instant at) {
        Job j = jobs.get(id);
        put(j, j.state(), total, null, j.checkpoint(), j.reason(), j.startedAt(), at, j.finishedAt());
    }

    @Override
    public synchronized void progressed(String id, JobProgress progress, Instant at) {
        Job j = jobs.get(id);
        put(j, j.state(), j.total(), progress, j.checkpoint(), j.reason(), j.startedAt(), at, j.finishedAt());
    }

    @Override
    public synchronized boolean advanced(String id, String from, String to, JobProgress progress, Instant at) {
        Job j = jobs.get(id);
        if (j == null || j.state() != JobState.RUNNING || !Objects.equals(j.checkpoint(), from)) {
            return false;
        }
        put(j, j.state(), j.total(), progress, to, j.reason(), j.startedAt(), at, j.finishedAt());
        return true;
    }

    @Override
    public synchronized boolean finished(String id, JobState state, String reason, Instant at) {
        Job j = jobs.get(id);
        if (j == null || j.ended()) {
            return false;
        }
        put(j, state, j.total(), null, j.checkpoint(), reason, j.startedAt(), at, at);
        return true;
    }

    private void put(Job j, JobState state, long total, JobProgress progress, String checkpoint, String reason,
                     Instant startedAt, Instant updatedAt, Instant finishedAt) {
        long done = j.done();
        long failed = j.failed();
        Map<String, Long> counts = new HashMap<>(j.counts());
        List<JobError> errors = new ArrayList<>(j.errors());
        if (progress != null) {
            done += progress.done();
            failed += progress.failed();
            progress.counts().forEach((name, n) -> counts.merge(name, n, Long::sum));
            errors.addAll(progress.errors());
        }
        jobs.put(j.id(), new Job(j.id(), j.kind(), state, j.parameters(), total, done, failed, counts, errors, checkpoint,
                reason, j.createdAt(), startedAt, updatedAt, finishedAt));
    }
}
