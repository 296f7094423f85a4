package org.commitmenttracker.ingest.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import org.commitmenttracker.ingest.IngestProperties;
import org.commitmenttracker.ingest.answers.AnswerIntake;
import org.commitmenttracker.support.events.EventPublishingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs import jobs in the background, a few at a time: each reads its file twice (once to check it and count its
 * records, once to take them in), hands every record to {@link AnswerIntake} as {@code POST /api/answers} would, and
 * reports its progress in the job. One bad record fails alone; the job fails as a whole only when the file cannot be
 * imported (before anything is taken in) or the import cannot go on (the broker or the store is gone). The uploaded
 * file is deleted when the job ends.
 */
@Service
class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    /** Jobs run side by side: each takes its records in one at a time, in file order (a correction after its answer). */
    static final int CONCURRENT_JOBS = 2;
    /** Jobs that may wait for a turn; beyond that an import is refused (503) rather than queued without bound. */
    static final int WAITING_JOBS = 50;
    /**
     * Answers taken in together: their events wait once for the broker, their records are written in one bulk write.
     * Large enough to make the round trips cheap, small enough that a stopped import has little to do again.
     */
    static final int BATCH = 200;
    /** How often a running job's counts are written: not once a record, which would double the store's work. */
    private static final Duration PROGRESS_INTERVAL = Duration.ofMillis(250);

    private static final Path UPLOAD_DIR = Path.of(System.getProperty("java.io.tmpdir"));

    static final String INTERRUPTED_BY_RESTART = "interrupted by a restart";
    static final String INTERRUPTED_BY_SHUTDOWN = "interrupted by a shutdown";

    private final ImportJobStore store;
    private final AnswerIntake intake;
    private final JsonMapper json;
    private final IngestProperties properties;
    private final Clock clock;
    private final Instant startedAt;
    private final ThreadPoolExecutor executor;
    private volatile boolean shuttingDown;

    ImportJobs(ImportJobStore store, AnswerIntake intake, JsonMapper json, IngestProperties properties, Clock clock) {
        this.store = store;
        this.intake = intake;
        this.json = json;
        this.properties = properties;
        this.clock = clock;
        this.startedAt = clock.instant();
        AtomicInteger threads = new AtomicInteger();
        ThreadFactory factory = runnable -> new Thread(runnable, "import-" + threads.incrementAndGet());
        this.executor = new ThreadPoolExecutor(CONCURRENT_JOBS, CONCURRENT_JOBS, 1, TimeUnit.MINUTES,
                new ArrayBlockingQueue<>(WAITING_JOBS), factory);
        this.executor.allowCoreThreadTimeOut(true);
    }

    /**
     * Jobs left queued or running by an earlier run of the service never finish: they are marked failed. Only jobs
     * created before this instance started are touched.
     */
    @EventListener(ApplicationReadyEvent.class)
    void failInterruptedJobs() {
        List<String> failed;
        try {
            failed = store.failUnfinished(startedAt, INTERRUPTED_BY_RESTART, clock.instant());
        } catch (DataAccessException e) {
            log.warn("Could not mark the import jobs an earlier run left unfinished; they stay as they are until the "
                    + "next start: {}", e.toString());
            return;
        }
        if (!failed.isEmpty()) {
            log.warn("{} import job(s) were interrupted by a restart and are marked failed", failed.size());
            failed.forEach(id -> delete(uploadOf(id)));
        }
    }

    String newJobId() {
        return UUID.randomUUID().toString();
    }

    /**
     * Where a job's uploaded file is kept while it runs: in the temporary folder, named by the job, so that the file of
     * a job cut short by a crash is found and deleted at the next start.
     */
    Path uploadOf(String jobId) {
        return UPLOAD_DIR.resolve("tracker-import-" + jobId + ".upload");
    }

    /**
     * Queues an import of {@code file}, which the job owns from here on (it is deleted when the job ends).
     *
     * @throws RejectedExecutionException when too many jobs are waiting already (the file is deleted)
     */
    ImportJob submit(String id, ImportFormat format, Path file, LocalDate dateAnswered) {
        ImportJob job = ImportJob.queued(id, format, clock.instant());
        try {
            store.create(job);
            executor.execute(new Run(job.id(), file, parser(format, dateAnswered)));
            return job;
        } catch (RuntimeException e) {
            delete(file);
            if (e instanceof RejectedExecutionException) {
                store.finished(job.id(), ImportState.FAILED, "too many imports were waiting to run", clock.instant());
            }
            throw e;
        }
    }

    Optional<ImportJob> find(String id) {
        return store.find(id);
    }

    private ImportParser parser(ImportFormat format, LocalDate dateAnswered) {
        IngestProperties.Imports imports = properties.imports();
        return switch (format) {
            case NDJSON -> new NdjsonParser(json, imports.maxLineChars());
            case PARLIAMENT_API -> new ParliamentApiPageParser(Math.max(imports.maxLineChars(), properties.maxAnswerTextChars()));
            case PARLPARSE -> new ParlparseParser(dateAnswered, properties.maxAnswerTextChars());
        };
    }

    /**
     * Stops the jobs as soon as the service begins to shut down, while the broker and the store are still there to
     * record it; a job's own thread sees {@code shuttingDown} before its next record and marks the job failed.
     */
    @EventListener(ContextClosedEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void serviceClosing() throws InterruptedException {
        shutDown();
    }

    @PreDestroy
    void shutDown() throws InterruptedException {
        // running jobs stop between two records (they see the flag), so that no record is left half taken in
        shuttingDown = true;
        executor.shutdown();
        List<Runnable> waiting = new ArrayList<>();
        executor.getQueue().drainTo(waiting);
        for (Runnable never : waiting) {
            Run run = (Run) never;
            delete(run.file());
            recordFailure(run.id(), INTERRUPTED_BY_SHUTDOWN, null);
        }
        if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
            executor.shutdownNow();
            log.warn("Import jobs still running at shutdown; they will be marked failed at the next start");
        }
    }

    /** One job's turn; a class of its own so that jobs that never got one can be told apart at shutdown. */
    private final class Run implements Runnable {

        private final String id;
        private final Path file;
        private final ImportParser parser;

        Run(String id, Path file, ImportParser parser) {
            this.id = id;
            this.file = file;
            this.parser = parser;
        }

        String id() {
            return id;
        }

        Path file() {
            return file;
        }

        ImportParser parser() {
            return parser;
        }

        @Override
        public void run() {
            execute(this);
        }
    }

    private void execute(Run run) {
        Progress progress = new Progress(run.id());
        List<ImportRecord.Answer> batch = new ArrayList<>();
        try {
            store.started(run.id(), clock.instant());
            store.counted(run.id(), run.parser().count(run.file()));
            run.parser().read(run.file(), record -> take(record, batch, progress));
            takeIn(batch, progress);
            progress.flush();
            store.finished(run.id(), ImportState.COMPLETED, null, clock.instant());
        } catch (ImportRefusedException e) {
            recordFailure(run.id(), e.reason(), progress);
        } catch (EventPublishingException e) {
            log.warn("Import {} stopped: the broker did not acknowledge an answer", run.id(), e);
            recordFailure(run.id(), shuttingDown ? INTERRUPTED_BY_SHUTDOWN : "the event broker did not acknowledge an "
                    + "answer, so the import stopped after " + progress.records() + " records; import the file again "
                    + "(answers already taken in come out as duplicates)", progress);
        } catch (DataAccessException e) {
            log.warn("Import {} stopped: the store failed", run.id(), e);
            recordFailure(run.id(), shuttingDown ? INTERRUPTED_BY_SHUTDOWN : "the answer store could not be reached, "
                    + "so the import stopped after " + progress.records() + " records; import the file again", progress);
        } catch (IOException | UncheckedIOException e) {
            log.error("Import {} could not read its uploaded file", run.id(), e);
            recordFailure(run.id(), "the uploaded file could not be read back", progress);
        } catch (RuntimeException e) {
            log.error("Import {} stopped on an unexpected error", run.id(), e);
            recordFailure(run.id(), shuttingDown ? INTERRUPTED_BY_SHUTDOWN : "the import stopped on an internal error "
                    + "after " + progress.records() + " records", progress);
        } finally {
            delete(run.file());
        }
    }

    /** Answers wait in {@code batch} to be taken in together; a withdrawal is taken in after the answers before it. */
    private void take(ImportRecord record, List<ImportRecord.Answer> batch, Progress progress) {
        if (shuttingDown) {
            throw new ImportRefusedException(INTERRUPTED_BY_SHUTDOWN);
        }
        if (record instanceof ImportRecord.Unreadable unreadable) {
            progress.failed(unreadable.place(), unreadable.reason());
        } else if (record instanceof ImportRecord.Grouped) {
            progress.done(ImportJob.GROUPED);
        } else if (record instanceof ImportRecord.Withdrawal withdrawal) {
            takeIn(batch, progress);
            try {
                progress.done(ImportJob.outcome(intake.withdraw(withdrawal.answerId()).outcome()));
            } catch (EventPublishingException | DataAccessException e) {
                throw e;
            } catch (RuntimeException e) {
                log.warn("Import record {} could not be taken in", record.place(), e);
                progress.failed(record.place(), "could not be taken in because of an internal error");
            }
        } else if (record instanceof ImportRecord.Answer answer) {
            batch.add(answer);
            if (batch.size() >= BATCH) {
                takeIn(batch, progress);
            }
        }
    }

    /** Takes the waiting answers in together ({@link AnswerIntake#receiveAll}), and empties the batch. */
    private void takeIn(List<ImportRecord.Answer> batch, Progress progress) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            List<AnswerIntake.Result> results = intake.receiveAll(batch.stream().map(ImportRecord.Answer::request).toList());
            for (int i = 0; i < batch.size(); i++) {
                AnswerIntake.Result result = results.get(i);
                if (result.outcome() == AnswerIntake.Outcome.INVALID) {
                    progress.failed(batch.get(i).place(), AnswerIntake.describe(result.errors()));
                } else {
                    progress.done(ImportJob.outcome(result.outcome()));
                }
            }
        } catch (EventPublishingException | DataAccessException e) {
            throw e;
        } catch (RuntimeException e) {
            log.warn("Import records {} to {} could not be taken in", batch.get(0).place(), batch.get(batch.size() - 1).place(), e);
            batch.forEach(answer -> progress.failed(answer.place(), "could not be taken in because of an internal error"));
        } finally {
            batch.clear();
        }
    }

    private void recordFailure(String id, String reason, Progress progress) {
        Thread.interrupted(); // an interrupted thread cannot talk to the store; the job's end is worth recording
        try {
            if (progress != null) {
                progress.flush();
            }
            store.finished(id, ImportState.FAILED, reason, clock.instant());
        } catch (RuntimeException e) {
            log.warn("Could not record that import {} failed ({}); it will be marked failed at the next start", id, reason, e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the uploaded import file {}", file, e);
        }
    }

    /** A job's counts since they were last written, written at most every {@link #PROGRESS_INTERVAL}. */
    private final class Progress {

        private final String id;
        private final Map<String, Long> outcomes = new HashMap<>();
        private final List<RecordError> errors = new ArrayList<>();
        private long done;
        private long failed;
        private long written;
        private long storedErrors;
        private long lastWrite = System.nanoTime();

        Progress(String id) {
            this.id = id;
        }

        void done(String outcome) {
            done++;
            outcomes.merge(outcome, 1L, Long::sum);
            writeIfDue();
        }

        void failed(String place, String reason) {
            failed++;
            if (storedErrors < properties.imports().maxStoredErrors()) {
                errors.add(new RecordError(place, reason));
                storedErrors++;
            }
            writeIfDue();
        }

        long records() {
            return written + done + failed;
        }

        private void writeIfDue() {
            if (System.nanoTime() - lastWrite >= PROGRESS_INTERVAL.toNanos()) {
                flush();
            }
        }

        void flush() {
            if (done == 0 && failed == 0) {
                return;
            }
            store.progressed(id, done, failed, Map.copyOf(outcomes), List.copyOf(errors));
            written += done + failed;
            done = 0;
            failed = 0;
            outcomes.clear();
            errors.clear();
            lastWrite = System.nanoTime();
        }
    }
}
