package org.commitmenttracker.ingest.parliament;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BiFunction;

import org.commitmenttracker.ingest.jobs.Job;
import org.commitmenttracker.ingest.jobs.JobContext;
import org.commitmenttracker.ingest.jobs.JobEnd;
import org.commitmenttracker.ingest.jobs.JobKind;
import org.commitmenttracker.ingest.jobs.JobProgress;
import org.commitmenttracker.ingest.jobs.JobWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The work of a backfill job ({@link JobKind#BACKFILL}): its range of days taken in from the API a window of
 * {@code windowDays} days at a time ({@code ingest.parliament.backfill-window-days}; one range query per list and
 * page, not one per day), each window checkpointed on the job before the next begins. A job stopped mid-backfill
 * resumes from the window it was on: the days before are not polled again and none is skipped. A window cut short by
 * the stop is polled again whole; what it had already taken in comes back as duplicates, which publish nothing.
 * <p>
 * In the job: {@code total} and {@code done} count days, {@code failed} and {@code errors} the pages that could not
 * be had or read (the job reports them and goes on), {@code counts} the answers by outcome and the
 * {@value #GROUPED} and {@value #REJECTED} records; the checkpoint is the next day to take in.
 */
class BackfillWork implements JobWork {

    static final String FROM = "from";
    static final String TO = "to";
    static final String GROUPED = "grouped";
    static final String REJECTED = "rejected";

    /** A window that could not be taken in or recorded (the broker or the store away) is tried again after this. */
    static final Duration STALLED_WINDOW_RETRY = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(BackfillWork.class);

    private final BiFunction<LocalDate, LocalDate, DayResult> windows;
    private final int windowDays;

    /** @param windows takes in the days from its first argument to its second, both included */
    BackfillWork(BiFunction<LocalDate, LocalDate, DayResult> windows, int windowDays) {
        this.windows = windows;
        this.windowDays = windowDays;
    }

    @Override
    public JobKind kind() {
        return JobKind.BACKFILL;
    }

    @Override
    public JobEnd run(Job job, JobContext context) {
        LocalDate last = LocalDate.parse(job.parameter(TO));
        LocalDate next = LocalDate.parse(job.checkpoint());
        while (!next.isAfter(last)) {
            if (context.stopping()) {
                return JobEnd.stopped("the service is stopping; it resumes from " + next);
            }
            LocalDate from = next;
            LocalDate to = from.plusDays(windowDays - 1L).isAfter(last) ? last : from.plusDays(windowDays - 1L);
            try {
                DayResult result = windows.apply(from, to);
                if (!context.advanced(from.toString(), to.plusDays(1).toString(), progress(from, to, result))) {
                    return JobEnd.stopped(from + " to " + to + " was recorded by another runner");
                }
            } catch (CancellationException e) {
                return JobEnd.stopped("stopped in " + from + " to " + to + ", which is taken in again when it resumes");
            } catch (RuntimeException e) {
                log.error("Backfill {}: {} to {} could not be taken in or recorded", job.id(), from, to, e);
                return JobEnd.retryLater(STALLED_WINDOW_RETRY, from + " to " + to + " could not be taken in or recorded");
            }
            next = to.plusDays(1);
        }
        log.info("Backfill {} of {} to {} has taken in every day", job.id(), job.parameter(FROM), last);
        return JobEnd.completed();
    }

    private static JobProgress progress(LocalDate from, LocalDate to, DayResult result) {
        Map<String, Long> counts = new LinkedHashMap<>();
        result.outcomes().forEach((outcome, n) -> {
            if (n > 0) {
                counts.put(outcome.name().toLowerCase(Locale.ROOT), n.longValue());
            }
        });
        if (result.grouped() > 0) {
            counts.put(GROUPED, (long) result.grouped());
        }
        if (result.rejected() > 0) {
            counts.put(REJECTED, (long) result.rejected());
        }
        return new JobProgress(ChronoUnit.DAYS.between(from, to) + 1, result.failures().size(), counts,
                result.failures().stream().map(PageFailure::toError).toList());
    }
}
