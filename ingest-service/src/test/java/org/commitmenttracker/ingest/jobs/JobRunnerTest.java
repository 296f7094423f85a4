package org.commitmenttracker.ingest.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The runner of every kind of job, with a store in memory and work scripted by each test. */
class JobRunnerTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final Instant now = Instant.parse("2026-12-04T09:00:00Z");
    private final Clock clock = Clock.fixed(now, ZoneOffset.UTC);
    private final InMemoryJobStore store = new InMemoryJobStore();
    private final List<JobRunner> runners = new ArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stopRunners() {
        release.countDown();
        runners.forEach(JobRunner::stop);
    }

    @Test
    void aJobRunsToItsEndWithItsCountsAndTimesKept() {
        JobRunner runner = runner(work(JobKind.IMPORT, (job, context) -> {
            context.counted(3);
            context.progressed(new JobProgress(2, 0, Map.of("received", 2L), List.of()));
            context.progressed(new JobProgress(1, 0, Map.of("duplicate", 1L), List.of()));
            return JobEnd.completed();
        }));

        runner.start(job("a", JobKind.IMPORT, now));

        Job done = awaitEnd("a");
        assertThat(done.state()).isEqualTo(JobState.COMPLETED);
        assertThat(done.total()).isEqualTo(3);
        assertThat(done.done()).isEqualTo(3);
        assertThat(done.counts()).containsOnly(entry("received", 2L), entry("duplicate", 1L));
        assertThat(done.startedAt()).isEqualTo(now);
        assertThat(done.finishedAt()).isEqualTo(now);
        assertThat(done.reason()).isNull();
    }

    @Test
    void aTurnThatFailsFailsTheJobWithItsReasonAndAnExceptionAsAnInternalError() {
        JobRunner runner = runner(work(JobKind.IMPORT, (job, context) -> {
            if (job.id().equals("thrown")) {
                throw new IllegalStateException("a bug");
            }
            return JobEnd.failed("the file could not be read");
        }));

        runner.start(job("failed", JobKind.IMPORT, now));
        runner.start(job("thrown", JobKind.IMPORT, now));

        assertThat(awaitEnd("failed")).extracting(Job::state, Job::reason)
                .containsExactly(JobState.FAILED, "the file could not be read");
        assertThat(awaitEnd("thrown")).extracting(Job::state, Job::reason)
                .containsExactly(JobState.FAILED, JobRunner.INTERNAL_ERROR);
    }

    @Test
    void errorsBeyondTheLimitAreCountedButNotKept() {
        JobRunner runner = runner(2, work(JobKind.IMPORT, (job, context) -> {
            context.progressed(new JobProgress(0, 1, Map.of(), List.of(new JobError("line 1", "bad"))));
            context.progressed(new JobProgress(0, 2, Map.of(), List.of(new JobError("line 2", "bad"),
                    new JobError("line 3", "bad"))));
            context.progressed(new JobProgress(0, 1, Map.of(), List.of(new JobError("line 4", "bad"))));
            return JobEnd.completed();
        }));

        runner.start(job("a", JobKind.IMPORT, now));

        Job done = awaitEnd("a");
        assertThat(done.failed()).isEqualTo(4);
        assertThat(done.errors()).extracting(JobError::place).containsExactly("line 1", "line 2");
    }

    @Test
    void aTurnToBeTriedAgainRunsAgainLaterFromItsCheckpoint() {
        List<String> checkpoints = Collections.synchronizedList(new ArrayList<>());
        JobRunner runner = runner(work(JobKind.BACKFILL, (job, context) -> {
            checkpoints.add(job.checkpoint());
            if (checkpoints.size() == 1) {
                context.advanced("2024-01-01", "2024-01-02", new JobProgress(1, 0, Map.of(), List.of()));
                return JobEnd.retryLater(Duration.ofMillis(50), "the store is away");
            }
            context.advanced("2024-01-02", "2024-01-03", new JobProgress(1, 0, Map.of(), List.of()));
            return JobEnd.completed();
        }));

        runner.start(Job.queued("b", JobKind.BACKFILL, Map.of(), 2, "2024-01-01", now));

        Job done = awaitEnd("b");
        assertThat(checkpoints).containsExactly("2024-01-01", "2024-01-02");
        assertThat(done.state()).isEqualTo(JobState.COMPLETED);
        assertThat(done.done()).isEqualTo(2);
        assertThat(done.checkpoint()).isEqualTo("2024-01-03");
    }

    @Test
    void atStartUpAnEarlierRunsJobsResumeIfTheirKindResumesAndFailOtherwiseWhileThisRunsAreLeftAlone() {
        Instant earlier = now.minus(Duration.ofDays(1));
        store.create(new Job("import-running", JobKind.IMPORT, JobState.RUNNING, Map.of(), 10, 3, 1, Map.of(), List.of(),
                null, null, earlier, earlier, earlier, null));
        store.create(job("import-queued", JobKind.IMPORT, earlier));
        store.create(new Job("backfill-running", JobKind.BACKFILL, JobState.RUNNING, Map.of(), 5, 2, 0, Map.of(),
                List.of(), "2024-01-03", null, earlier, earlier, earlier, null));
        store.create(job("import-of-this-run", JobKind.IMPORT, now));
        List<String> resumedFrom = Collections.synchronizedList(new ArrayList<>());
        RecordingWork imports = work(JobKind.IMPORT, (job, context) -> JobEnd.completed());
        JobRunner runner = runner(imports, work(JobKind.BACKFILL, (job, context) -> {
            resumedFrom.add(job.id() + "@" + job.checkpoint());
            return JobEnd.completed();
        }));

        runner.takeOverUnfinished();

        assertThat(store.find("import-running").orElseThrow()).extracting(Job::state, Job::reason, Job::done)
                .containsExactly(JobState.FAILED, JobRunner.INTERRUPTED_BY_RESTART, 3L);
        assertThat(store.find("import-queued").orElseThrow()).extracting(Job::state, Job::reason)
                .containsExactly(JobState.FAILED, JobRunner.INTERRUPTED_BY_RESTART);
        assertThat(imports.abandoned).containsExactlyInAnyOrder("import-running", "import-queued");
        assertThat(awaitEnd("backfill-running").state()).isEqualTo(JobState.COMPLETED);
        assertThat(resumedFrom).containsExactly("backfill-running@2024-01-03");
        assertThat(store.find("import-of-this-run").orElseThrow().state()).isEqualTo(JobState.QUEUED);
        assertThat(imports.runs.get()).isZero();
    }

    @Test
    void beyondTheWaitingJobsOfItsKindAJobIsRefusedAndRecordedAsFailed() {
        RecordingWork blocked = work(JobKind.IMPORT, (job, context) -> {
            awaitRelease();
            return JobEnd.completed();
        });
        JobRunner runner = runner(blocked);
        int accepted = JobKind.IMPORT.threads() + JobKind.IMPORT.waiting();
        for (int i = 0; i < accepted; i++) {
            runner.start(job("job-" + i, JobKind.IMPORT, now));
        }

        assertThatThrownBy(() -> runner.start(job("one-too-many", JobKind.IMPORT, now)))
                .isInstanceOf(RejectedExecutionException.class);

        assertThat(store.find("one-too-many").orElseThrow()).extracting(Job::state, Job::reason)
                .containsExactly(JobState.FAILED, JobRunner.TOO_MANY_WAITING);
        assertThat(blocked.abandoned).containsExactly("one-too-many");
        release.countDown();
        for (int i = 0; i < accepted; i++) {
            assertThat(awaitEnd("job-" + i).state()).isEqualTo(JobState.COMPLETED);
        }
    }

    @Test
    void atShutdownWaitingJobsFailRunningOnesStopBetweenTwoUnitsAndNoneIsTakenAfter() throws InterruptedException {
        CountDownLatch bothRunning = new CountDownLatch(JobKind.IMPORT.threads());
        RecordingWork work = work(JobKind.IMPORT, (job, context) -> {
            bothRunning.countDown();
            await().atMost(WAIT).until(context::stopping);
            return JobEnd.failed(JobRunner.INTERRUPTED_BY_SHUTDOWN);
        });
        JobRunner runner = runner(work);
        runner.start(job("running-1", JobKind.IMPORT, now));
        runner.start(job("running-2", JobKind.IMPORT, now));
        runner.start(job("waiting", JobKind.IMPORT, now));
        assertThat(bothRunning.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();

        runner.stop();

        for (String id : List.of("running-1", "running-2", "waiting")) {
            assertThat(store.find(id).orElseThrow()).as(id).extracting(Job::state, Job::reason)
                    .containsExactly(JobState.FAILED, JobRunner.INTERRUPTED_BY_SHUTDOWN);
        }
        assertThat(work.abandoned).containsExactly("waiting");
        assertThatThrownBy(() -> runner.start(job("too-late", JobKind.IMPORT, now)))
                .isInstanceOf(RejectedExecutionException.class);
        assertThat(store.find("too-late").orElseThrow().reason()).isEqualTo(JobRunner.INTERRUPTED_BY_SHUTDOWN);
    }

    @Test
    void atShutdownAJobOfAKindThatResumesIsInterruptedAndLeftRunningForTheNextStart() throws InterruptedException {
        CountDownLatch running = new CountDownLatch(1);
        JobRunner runner = runner(work(JobKind.BACKFILL, (job, context) -> {
            running.countDown();
            try {
                release.await();
                return JobEnd.completed();
            } catch (InterruptedException e) {
                return JobEnd.stopped("interrupted");
            }
        }));
        runner.start(Job.queued("b", JobKind.BACKFILL, Map.of(), 3, "2024-01-01", now));
        runner.start(Job.queued("waiting", JobKind.BACKFILL, Map.of(), 3, "2024-02-01", now));
        assertThat(running.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();

        runner.stop();

        assertThat(store.find("b").orElseThrow().state()).isEqualTo(JobState.RUNNING);
        assertThat(store.find("waiting").orElseThrow().state()).isEqualTo(JobState.QUEUED);
    }

    private JobRunner runner(JobWork... works) {
        return runner(100, works);
    }

    private JobRunner runner(int maxStoredErrors, JobWork... works) {
        JobRunner runner = new JobRunner(store, List.of(works), maxStoredErrors, clock);
        runners.add(runner);
        return runner;
    }

    private static Job job(String id, JobKind kind, Instant createdAt) {
        return Job.queued(id, kind, Map.of(), 0, null, createdAt);
    }

    private Job awaitEnd(String id) {
        return await().atMost(WAIT).until(() -> store.find(id).orElseThrow(), Job::ended);
    }

    private void awaitRelease() {
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static RecordingWork work(JobKind kind, BiFunction<Job, JobContext, JobEnd> turn) {
        return new RecordingWork(kind, turn);
    }

    /** Work scripted by a test, which counts its turns and records the jobs it was told were abandoned. */
    private static final class RecordingWork implements JobWork {

        private final JobKind kind;
        private final BiFunction<Job, JobContext, JobEnd> turn;
        final AtomicInteger runs = new AtomicInteger();
        final List<String> abandoned = Collections.synchronizedList(new ArrayList<>());

        RecordingWork(JobKind kind, BiFunction<Job, JobContext, JobEnd> turn) {
            this.kind = kind;
            this.turn = turn;
        }

        @Override
        public JobKind kind() {
            return kind;
        }

        @Override
        public JobEnd run(Job job, JobContext context) {
            runs.incrementAndGet();
            return turn.apply(job, context);
        }

        @Override
        public void abandoned(Job job) {
            abandoned.add(job.id());
        }
    }
}
