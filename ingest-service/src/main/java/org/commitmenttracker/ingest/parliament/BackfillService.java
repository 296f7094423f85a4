package org.commitmenttracker.ingest.parliament;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

import org.commitmenttracker.support.web.FieldError;
import org.commitmenttracker.support.web.NotFoundException;
import org.commitmenttracker.support.web.RequestValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * Backfills: a range of days back to {@link #EARLIEST} taken in from the API as a job, in the background, a window of
 * {@code windowDays} days at a time ({@code ingest.parliament.backfill-window-days}) (one range query per list and page, not one per day), each window checkpointed on
 * the job before the next begins. A service stopped mid-backfill resumes its running jobs when it starts again, from
 * the window it was on: the days before are not polled again and none is skipped. A window cut short by the stop is
 * polled again whole; what it had already taken in comes back as duplicates, which publish nothing. Jobs run one
 * window at a time on one thread, paced by the API client, so that backfills stay polite together.
 */
class BackfillService implements AutoCloseable {

    /** The first day the Written Questions API has answers for. */
    static final LocalDate EARLIEST = LocalDate.of(2014, 1, 1);

    /** A day whose result could not be recorded (the store unreachable) is tried again after this. */
    static final Duration STALLED_DAY_RETRY = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(BackfillService.class);

    private final BackfillJobStore jobs;
    private final BiFunction<LocalDate, LocalDate, DayResult> windows;
    private final int windowDays;
    private final ScheduledExecutorService executor;
    private final Clock clock;

    /** @param windows takes in the days from its first argument to its second, both included */
    BackfillService(BackfillJobStore jobs, BiFunction<LocalDate, LocalDate, DayResult> windows, int windowDays,
                    ScheduledExecutorService executor, Clock clock) {
        this.jobs = jobs;
        this.windows = windows;
        this.windowDays = windowDays;
        this.executor = executor;
        this.clock = clock;
    }

    /** Checks the range, records the job as running and starts it. */
    BackfillJob start(BackfillRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.from() == null) {
            errors.add(new FieldError("from", "is required"));
        }
        if (request.to() == null) {
            errors.add(new FieldError("to", "is required"));
        }
        LocalDate today = LocalDate.now(clock);
        if (request.from() != null && request.to() != null) {
            if (request.from().isAfter(request.to())) {
                errors.add(new FieldError("from", "must not be after to"));
            }
        }
        if (request.from() != null && request.from().isBefore(EARLIEST)) {
            errors.add(new FieldError("from", "must not be before " + EARLIEST + ", the API's first answers"));
        }
        if (request.to() != null && request.to().isAfter(today)) {
            errors.add(new FieldError("to", "must not be after today (" + today + ")"));
        }
        if (!errors.isEmpty()) {
            throw new RequestValidationException(errors);
        }
        Instant now = clock.instant();
        int total = (int) ChronoUnit.DAYS.between(request.from(), request.to()) + 1;
        BackfillJob job = new BackfillJob(UUID.randomUUID().toString(), request.from(), request.to(), BackfillJob.State.RUNNING,
                request.from(), 0, total, 0, Map.of(), 0, 0, List.of(), now, now);
        jobs.insert(job);
        log.info("Backfill {} started: {} to {}, {} days", job.id(), job.from(), job.to(), total);
        submit(job.id());
        return job;
    }

    BackfillJob find(String id) {
        return jobs.find(id).orElseThrow(() -> new NotFoundException("No backfill job " + id + "."));
    }

    /** Resumes the jobs a previous run of the service left running, each from its checkpoint. */
    @EventListener(ApplicationReadyEvent.class)
    void resumeUnfinished() {
        for (String id : jobs.running()) {
            log.info("Backfill {} resumes from its checkpoint", id);
            submit(id);
        }
    }

    /** Takes in the job's next window, records it, and queues the one after (or ends the job). */
    void runDay(String id) {
        try {
            BackfillJob job = jobs.find(id).orElse(null);
            if (job == null || job.state() != BackfillJob.State.RUNNING) {
                return;
            }
            if (job.nextDay().isAfter(job.to())) {
                finish(id);
                return;
            }
            LocalDate from = job.nextDay();
            LocalDate to = from.plusDays(windowDays - 1L).isAfter(job.to()) ? job.to() : from.plusDays(windowDays - 1L);
            DayResult result = windows.apply(from, to);
            if (!jobs.recordDays(id, from, to, result, clock.instant())) {
                log.info("Backfill {}: {} to {} was recorded by another runner; this one stops", id, from, to);
                return;
            }
            if (to.isBefore(job.to())) {
                submit(id);
            } else {
                finish(id);
            }
        } catch (CancellationException e) {
            log.info("Backfill {} stopped; it resumes from its checkpoint when the service starts again", id);
        } catch (RuntimeException e) {
            log.error("Backfill {}: the window could not be recorded; trying again in {}", id, STALLED_DAY_RETRY, e);
            try {
                executor.schedule(() -> runDay(id), STALLED_DAY_RETRY.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException stopping) {
                log.info("Backfill {} stopped; it resumes from its checkpoint when the service starts again", id);
            }
        }
    }

    private void finish(String id) {
        BackfillJob job = find(id);
        BackfillJob.State state = job.failedPages().isEmpty() ? BackfillJob.State.DONE : BackfillJob.State.DONE_WITH_FAILURES;
        jobs.finish(id, state, clock.instant());
        log.info("Backfill {} {}: {} days, {} answers and statements {}, {} rejected, {} failed pages", id, state.wire(),
                job.daysDone(), job.answers(), job.outcomes(), job.rejected(), job.failedPages().size());
    }

    private void submit(String id) {
        try {
            executor.execute(() -> runDay(id));
        } catch (RejectedExecutionException stopping) {
            log.info("Backfill {} not queued: the service is stopping; it resumes when it starts again", id);
        }
    }

    /** Stops the backfills (the window in progress is polled again on restart). */
    @Override
    public void close() {
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                log.warn("Backfills did not stop within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
