package org.commitmenttracker.ingest.jobs;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Runs the jobs of every kind in the background, on the kind's own threads ({@link JobKind}), and keeps what they did
 * in the {@link JobStore}: one model of state, counts, errors and checkpoint for imports and backfills alike.
 * <ul>
 * <li>A job's work ({@link JobWork}) records its progress as it goes; how its turn ends decides what is recorded: done,
 * failed with a reason, run again later from its checkpoint, or left as it is.</li>
 * <li>At start-up, jobs an earlier run left unfinished resume from their checkpoint if their kind resumes, and are
 * marked failed ({@value #INTERRUPTED_BY_RESTART}) if not.</li>
 * <li>At shutdown, while the store is still there: jobs still waiting are marked failed
 * ({@value #INTERRUPTED_BY_SHUTDOWN}) unless their kind resumes; running ones are asked to stop between two units
 * of work ({@link JobContext#stopping()}), or interrupted if their kind resumes.</li>
 * </ul>
 * Each job keeps at most {@code ingest.jobs.max-stored-errors} errors; all are counted.
 */
public class JobRunner {

    public static final String INTERRUPTED_BY_RESTART = "interrupted by a restart";
    public static final String INTERRUPTED_BY_SHUTDOWN = "interrupted by a shutdown";
    static final String TOO_MANY_WAITING = "too many jobs of its kind were waiting to run";
    static final String INTERNAL_ERROR = "stopped on an internal error";

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final JobStore store;
    private final Map<JobKind, JobWork> works = new EnumMap<>(JobKind.class);
    private final Map<JobKind, ThreadPoolTaskExecutor> executors = new EnumMap<>(JobKind.class);
    private final ThreadPoolTaskScheduler retries = new ThreadPoolTaskScheduler();
    private final int maxStoredErrors;
    private final Clock clock;
    private final Instant startedAt;
    private volatile boolean stopping;

    /** @param works the work of each kind of job this service runs, one a kind */
    public JobRunner(JobStore store, List<JobWork> works, int maxStoredErrors, Clock clock) {
        this.store = store;
        this.maxStoredErrors = maxStoredErrors;
        this.clock = clock;
        this.startedAt = clock.instant();
        for (JobWork work : works) {
            if (this.works.put(work.kind(), work) != null) {
                throw new IllegalStateException("two kinds of work for " + work.kind() + " jobs");
            }
            this.executors.put(work.kind(), executor(work.kind()));
        }
        retries.setPoolSize(1);
        retries.setThreadNamePrefix("job-retry-");
        retries.initialize();
    }

    private static ThreadPoolTaskExecutor executor(JobKind kind) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(kind.threads());
        executor.setMaxPoolSize(kind.threads());
        executor.setQueueCapacity(kind.waiting());
        executor.setAllowCoreThreadTimeOut(true);
        executor.setThreadNamePrefix(kind.wireName() + "-");
        // a kind that resumes is interrupted at shutdown (its turn is done again); the others finish their unit of work
        executor.setWaitForTasksToCompleteOnShutdown(!kind.interruptsOnStop());
        executor.setAwaitTerminationSeconds(10);
        executor.initialize();
        return executor;
    }

    /**
     * Records the job and queues it.
     *
     * @throws RejectedExecutionException when too many jobs of its kind are waiting already, or the service is
     *                                    stopping: the job is recorded as failed
     */
    public Job start(Job job) {
        JobWork work = work(job.kind());
        store.create(job);
        try {
            queue(job.id(), job.kind());
            return job;
        } catch (RejectedExecutionException e) {
            endUnrun(job, stopping ? INTERRUPTED_BY_SHUTDOWN : TOO_MANY_WAITING);
            throw e;
        }
    }

    public Optional<Job> find(String id) {
        return store.find(id);
    }

    /** Resumes, or marks failed, the jobs an earlier run of the service left unfinished; this run's are left alone. */
    @EventListener(ApplicationReadyEvent.class)
    public void takeOverUnfinished() {
        List<Job> unfinished;
        try {
            unfinished = store.unfinished(startedAt);
        } catch (RuntimeException e) {
            log.warn("Could not look for the jobs an earlier run left unfinished; they stay as they are until the next "
                    + "start: {}", e.toString());
            return;
        }
        int failed = 0;
        for (Job job : unfinished) {
            if (!works.containsKey(job.kind())) {
                continue;
            }
            if (job.kind().resumes()) {
                log.info("{} job {} resumes from its checkpoint {}", job.kind().wireName(), job.id(), job.checkpoint());
                try {
                    queue(job.id(), job.kind());
                } catch (RejectedExecutionException e) {
                    log.warn("{} job {} could not be queued; it resumes at the next start", job.kind().wireName(), job.id());
                }
            } else if (endUnrun(job, INTERRUPTED_BY_RESTART)) {
                failed++;
            }
        }
        if (failed > 0) {
            log.warn("{} job(s) were interrupted by a restart and are marked failed", failed);
        }
    }

    private void queue(String id, JobKind kind) {
        executors.get(kind).execute(new Turn(id, kind));
    }

    private JobWork work(JobKind kind) {
        JobWork work = works.get(kind);
        if (work == null) {
            throw new IllegalArgumentException("no work for " + kind + " jobs");
        }
        return work;
    }

    /** One job's turn on its kind's threads; a class of its own so that turns never taken can be found at shutdown. */
    private final class Turn implements Runnable {

        private final String id;
        private final JobKind kind;

        Turn(String id, JobKind kind) {
            this.id = id;
            this.kind = kind;
        }

        @Override
        public void run() {
            take(this);
        }
    }

    private void take(Turn turn) {
        Job job;
        try {
            job = store.find(turn.id).orElse(null);
            if (job == null || job.ended()) {
                return;
            }
            if (job.state() == JobState.QUEUED) {
                store.started(job.id(), clock.instant());
            }
        } catch (RuntimeException e) {
            log.warn("{} job {} could not be read or started: {}", turn.kind.wireName(), turn.id, e.toString());
            return;
        }
        JobEnd end;
        try {
            end = work(job.kind()).run(job, new Context(job));
        } catch (RuntimeException e) {
            log.error("{} job {} stopped on an unexpected error", job.kind().wireName(), job.id(), e);
            end = JobEnd.failed(stopping ? INTERRUPTED_BY_SHUTDOWN : INTERNAL_ERROR);
        }
        Thread.interrupted(); // an interrupted thread cannot talk to the store; the job's end is worth recording
        record(job, end);
    }

    private void record(Job job, JobEnd end) {
        String kind = job.kind().wireName();
        switch (end.how()) {
            case COMPLETED -> finish(job, JobState.COMPLETED, null);
            case FAILED -> finish(job, JobState.FAILED, end.reason());
            case STOPPED -> log.info("{} job {} stopped: {}", kind, job.id(), end.reason());
            case RETRY_LATER -> {
                if (stopping) {
                    log.info("{} job {} stopped: {}; it resumes when the service starts again", kind, job.id(), end.reason());
                    return;
                }
                log.warn("{} job {}: {}; trying again in {}", kind, job.id(), end.reason(), end.retryAfter());
                try {
                    retries.schedule(() -> requeue(job), retries.getClock().instant().plus(end.retryAfter()));
                } catch (RejectedExecutionException e) {
                    log.info("{} job {} not scheduled again: the service is stopping", kind, job.id());
                }
            }
        }
    }

    private void requeue(Job job) {
        try {
            queue(job.id(), job.kind());
        } catch (RejectedExecutionException e) {
            log.warn("{} job {} could not be queued again; it resumes at the next start", job.kind().wireName(), job.id());
        }
    }

    private void finish(Job job, JobState state, String reason) {
        try {
            store.finished(job.id(), state, reason, clock.instant());
        } catch (RuntimeException e) {
            log.warn("Could not record that {} job {} ended {} ({}); the next start takes it over", job.kind().wireName(),
                    job.id(), state.wireName(), reason, e);
        }
    }

    /** Fails a job that will never run (or never run to its end) and lets its kind clean up; false if it had ended. */
    private boolean endUnrun(Job job, String reason) {
        boolean ended;
        try {
            ended = store.finished(job.id(), JobState.FAILED, reason, clock.instant());
        } catch (RuntimeException e) {
            log.warn("Could not record that {} job {} failed ({}); the next start takes it over", job.kind().wireName(),
                    job.id(), reason, e);
            return false;
        }
        work(job.kind()).abandoned(job);
        return ended;
    }

    /**
     * Stops the jobs as soon as the service begins to shut down, while the broker and the store are still there to
     * record it.
     */
    @EventListener(ContextClosedEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    public void serviceClosing() {
        stop();
    }

    @PreDestroy
    public synchronized void stop() {
        if (stopping) {
            return;
        }
        stopping = true;
        retries.shutdown(); // a job waiting to be tried again resumes at the next start
        executors.forEach((kind, executor) -> {
            List<Runnable> waiting = new ArrayList<>();
            executor.getThreadPoolExecutor().getQueue().drainTo(waiting);
            if (!kind.resumes()) {
                for (Runnable never : waiting) {
                    store.find(((Turn) never).id).ifPresent(job -> endUnrun(job, INTERRUPTED_BY_SHUTDOWN));
                }
            }
        });
        executors.values().forEach(ThreadPoolTaskExecutor::shutdown);
    }

    /** A running job's view of the runner, which keeps the job's stored errors within the limit. */
    private final class Context implements JobContext {

        private final String id;
        private long storedErrors;

        Context(Job job) {
            this.id = job.id();
            this.storedErrors = job.errors().size();
        }

        @Override
        public boolean stopping() {
            return stopping;
        }

        @Override
        public void counted(long total) {
            store.counted(id, total, clock.instant());
        }

        @Override
        public void progressed(JobProgress progress) {
            store.progressed(id, limited(progress), clock.instant());
        }

        @Override
        public boolean advanced(String from, String to, JobProgress progress) {
            return store.advanced(id, from, to, limited(progress), clock.instant());
        }

        private JobProgress limited(JobProgress progress) {
            long room = Math.max(0, maxStoredErrors - storedErrors);
            if (progress.errors().size() <= room) {
                storedErrors += progress.errors().size();
                return progress;
            }
            storedErrors = maxStoredErrors;
            return new JobProgress(progress.done(), progress.failed(), progress.counts(),
                    progress.errors().subList(0, (int) room));
        }
    }
}
