package org.commitmenttracker.ingest.parliament;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Polls the Written Questions API every {@code pollInterval} (only where {@code ingest.parliament.polling-enabled}):
 * first the days that failed before, then each day from the checkpoint to today, by the clock. A day before today
 * moves the checkpoint on once polled, failed pages or not (those days are kept as failed and polled again by the
 * next run); today is polled again by every run until it is over. A restart resumes from the checkpoint: no day is
 * skipped, and a day polled twice publishes nothing twice (the intake tells duplicates). A run that fails whole is
 * logged and the next one comes all the same: the poller never dies.
 */
class ParliamentPoller implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ParliamentPoller.class);

    /** What one run did. */
    record PollRun(List<LocalDate> days, int answers, List<PageFailure> failures) {
    }

    private final Function<LocalDate, DayResult> days;
    private final CheckpointStore checkpoints;
    private final Clock clock;
    private final Duration interval;
    private final LocalDate pollFrom;
    private volatile ThreadPoolTaskScheduler scheduler;

    ParliamentPoller(Function<LocalDate, DayResult> days, CheckpointStore checkpoints, Clock clock, Duration interval,
                     LocalDate pollFrom) {
        this.days = days;
        this.checkpoints = checkpoints;
        this.clock = clock;
        this.interval = interval;
        this.pollFrom = pollFrom;
    }

    /** One run, on the caller's thread. */
    PollRun poll() {
        LocalDate today = LocalDate.now(clock);
        Optional<PollCheckpoint> checkpoint = checkpoints.load();
        LocalDate start = checkpoint.map(PollCheckpoint::nextDay)
                .orElse(pollFrom != null ? pollFrom : today);
        List<LocalDate> toPoll = new ArrayList<>();
        checkpoint.ifPresent(c -> c.failedDays().keySet().stream().filter(day -> day.isBefore(start)).forEach(toPoll::add));
        for (LocalDate day = start; !day.isAfter(today); day = day.plusDays(1)) {
            toPoll.add(day);
        }
        int answers = 0;
        List<PageFailure> failures = new ArrayList<>();
        for (LocalDate day : toPoll) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("poller stopped");
            }
            DayResult result = days.apply(day);
            boolean moveOn = !day.isBefore(start) && day.isBefore(today);
            checkpoints.recordDay(day, result.failures(), moveOn ? day.plusDays(1) : null, clock.instant());
            answers += result.answers();
            failures.addAll(result.failures());
        }
        if (!failures.isEmpty()) {
            log.warn("Parliament poll: {} failed pages in {}; those days are polled again next run", failures.size(),
                    failures.stream().map(PageFailure::day).distinct().toList());
        }
        return new PollRun(List.copyOf(toPoll), answers, List.copyOf(failures));
    }

    private void pollSafely() {
        try {
            PollRun run = poll();
            log.info("Parliament poll: days {} to {}, {} answers and statements, {} failed pages",
                    run.days().isEmpty() ? "-" : run.days().get(0), run.days().isEmpty() ? "-" : run.days().get(run.days().size() - 1),
                    run.answers(), run.failures().size());
        } catch (CancellationException e) {
            log.info("Parliament poll stopped; it resumes from the checkpoint");
        } catch (RuntimeException e) {
            log.error("Parliament poll failed; the next run, in {}, starts from the checkpoint", interval, e);
        }
    }

    @Override
    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        ThreadPoolTaskScheduler started = new ThreadPoolTaskScheduler();
        started.setPoolSize(1);
        started.setThreadNamePrefix("parliament-poller-");
        started.setDaemon(true);
        // a stop interrupts the run in progress (it resumes from the checkpoint), and waits up to 10 s for it to end
        started.setWaitForTasksToCompleteOnShutdown(false);
        started.setAwaitTerminationSeconds(10);
        started.initialize();
        started.scheduleWithFixedDelay(this::pollSafely, interval.isZero() ? Duration.ofMillis(1) : interval);
        scheduler = started;
        log.info("Parliament poller started: every {}", interval);
    }

    @Override
    public synchronized void stop() {
        ThreadPoolTaskScheduler current = scheduler;
        scheduler = null;
        if (current != null) {
            current.shutdown();
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
