package org.commitmenttracker.ingest.parliament;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.commitmenttracker.ingest.answers.AnswerIntake;
import org.commitmenttracker.ingest.jobs.InMemoryJobStore;
import org.commitmenttracker.ingest.jobs.Job;
import org.commitmenttracker.ingest.jobs.JobEnd;
import org.commitmenttracker.ingest.jobs.JobKind;
import org.commitmenttracker.ingest.jobs.JobRunner;
import org.commitmenttracker.ingest.jobs.JobState;
import org.commitmenttracker.ingest.jobs.JobContext;
import org.commitmenttracker.ingest.jobs.JobProgress;
import org.commitmenttracker.support.web.FieldError;
import org.commitmenttracker.support.web.NotFoundException;
import org.commitmenttracker.support.web.RequestValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Backfill jobs on the job runner, with the API replaced by a plain fake and the store by one in memory. */
class BackfillServiceTest {

    private final Clock clock = Clock.fixed(Instant.parse("2024-06-03T09:00:00Z"), ZoneOffset.UTC);
    private final InMemoryJobStore jobs = new InMemoryJobStore();
    /** The windows asked for, each as {@code from/to}. */
    private final List<String> polled = Collections.synchronizedList(new ArrayList<>());
    private final List<JobRunner> runners = new ArrayList<>();

    /** Each window gives 3 received answers, 1 duplicate and 1 grouped question; one starting on the 2nd, a failed page. */
    private final BiFunction<LocalDate, LocalDate, DayResult> windows = (from, to) -> {
        polled.add(from + "/" + to);
        List<PageFailure> failures = from.getDayOfMonth() == 2
                ? List.of(new PageFailure(from, "statements", 0, "HTTP 503 after 5 attempts")) : List.of();
        return new DayResult(from, Map.of(AnswerIntake.Outcome.RECEIVED, 3, AnswerIntake.Outcome.DUPLICATE, 1), 1, 0, failures);
    };

    /** Windows of one day, as the tests below count them, unless said otherwise. */
    private BackfillService service() {
        return service(1);
    }

    private BackfillService service(int windowDays) {
        return new BackfillService(runner(new BackfillWork(windows, windowDays), clock), clock);
    }

    private JobRunner runner(BackfillWork work, Clock at) {
        JobRunner runner = new JobRunner(jobs, List.of(work), 100, at);
        runners.add(runner);
        return runner;
    }

    @AfterEach
    void stop() {
        runners.forEach(JobRunner::stop);
    }

    @Test
    void takesInEachDayInOrderAndAddsUpWhatTheyGave() {
        Job job = service().start(new BackfillRequest(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 3)));

        BackfillJobResponse done = awaitEnd(job.id());

        assertThat(polled).containsExactly("2024-01-01/2024-01-01", "2024-01-02/2024-01-02", "2024-01-03/2024-01-03");
        assertThat(done.state()).isEqualTo("done_with_failures");
        assertThat(done.daysDone()).isEqualTo(3);
        assertThat(done.daysTotal()).isEqualTo(3);
        assertThat(done.answers()).isEqualTo(12);
        assertThat(done.outcomes()).containsOnly(entry("received", 9L), entry("duplicate", 3L));
        assertThat(done.grouped()).isEqualTo(3);
        assertThat(done.failedPageCount()).isEqualTo(1);
        assertThat(done.failedPages()).extracting(BackfillJobResponse.FailedPage::day, BackfillJobResponse.FailedPage::source,
                        BackfillJobResponse.FailedPage::skip, BackfillJobResponse.FailedPage::reason)
                .containsExactly(tuple(LocalDate.of(2024, 1, 2), "statements", 0, "HTTP 503 after 5 attempts"));
    }

    @Test
    void aJobWithoutFailedPagesIsDone() {
        Job job = service().start(new BackfillRequest(LocalDate.of(2024, 1, 3), LocalDate.of(2024, 1, 4)));

        assertThat(awaitEnd(job.id()).state()).isEqualTo("done");
    }

    @Test
    void aJobAnEarlierRunLeftRunningResumesFromItsNextDay() {
        Instant earlier = clock.instant().minus(Duration.ofHours(1));
        jobs.create(running("left-running", LocalDate.of(2024, 1, 10), LocalDate.of(2024, 1, 14), LocalDate.of(2024, 1, 13),
                earlier));

        runner(new BackfillWork(windows, 1), clock).takeOverUnfinished();

        BackfillJobResponse done = awaitEnd("left-running");
        assertThat(polled).containsExactly("2024-01-13/2024-01-13", "2024-01-14/2024-01-14");
        assertThat(done.state()).isEqualTo("done");
        assertThat(done.daysDone()).isEqualTo(5);
        assertThat(done.answers()).isEqualTo(17);
    }

    @Test
    void aWindowAnotherRunnerRecordedFirstIsNotCountedTwiceAndThisRunnerStops() {
        jobs.create(running("shared", LocalDate.of(2024, 1, 10), LocalDate.of(2024, 1, 11), LocalDate.of(2024, 1, 10),
                clock.instant()));
        // two instances on one job: the other one records the day while this one is still taking it in
        BackfillWork slow = new BackfillWork((from, to) -> {
            DayResult result = windows.apply(from, to);
            jobs.advanced("shared", from.toString(), to.plusDays(1).toString(),
                    new JobProgress(1, 0, Map.of("received", 3L), List.of()), clock.instant());
            return result;
        }, 1);

        JobEnd end = slow.run(jobs.find("shared").orElseThrow(), context("shared"));

        assertThat(end.how()).isEqualTo(JobEnd.How.STOPPED);
        BackfillJobResponse job = BackfillJobResponse.of(jobs.find("shared").orElseThrow());
        assertThat(job.daysDone()).isEqualTo(1);
        assertThat(job.answers()).isEqualTo(12);
        assertThat(job.nextDay()).isEqualTo(LocalDate.of(2024, 1, 11));
        assertThat(job.state()).isEqualTo("running");
    }

    @Test
    void aWindowThatCannotBeTakenInIsTriedAgainLaterFromTheSameDay() {
        jobs.create(running("stalled", LocalDate.of(2024, 1, 10), LocalDate.of(2024, 1, 11), LocalDate.of(2024, 1, 10),
                clock.instant()));
        BackfillWork failing = new BackfillWork((from, to) -> {
            throw new IllegalStateException("the broker is away");
        }, 1);

        JobEnd end = failing.run(jobs.find("stalled").orElseThrow(), context("stalled"));

        assertThat(end.how()).isEqualTo(JobEnd.How.RETRY_LATER);
        assertThat(end.retryAfter()).isEqualTo(BackfillWork.STALLED_WINDOW_RETRY);
        assertThat(jobs.find("stalled").orElseThrow().checkpoint()).isEqualTo("2024-01-10");
    }

    @Test
    void aRangeIsTakenInWindowsOfItsDaysTheLastOneShorter() {
        Job job = service(7).start(new BackfillRequest(LocalDate.of(2024, 1, 3), LocalDate.of(2024, 1, 20)));

        BackfillJobResponse done = awaitEnd(job.id());

        assertThat(polled).containsExactly("2024-01-03/2024-01-09", "2024-01-10/2024-01-16", "2024-01-17/2024-01-20");
        assertThat(done.daysDone()).isEqualTo(18);
        assertThat(done.daysTotal()).isEqualTo(18);
        assertThat(done.answers()).isEqualTo(12);
        assertThat(done.nextDay()).isEqualTo(LocalDate.of(2024, 1, 21));
    }

    @Test
    void aPageFailureSurvivesTheRoundTripThroughAJobError() {
        PageFailure failure = new PageFailure(LocalDate.of(2024, 7, 25), "corrected", 150, "malformed JSON at line 3");

        assertThat(failure.toError().place()).isEqualTo("corrected 2024-07-25 skip 150");
        assertThat(PageFailure.of(failure.toError())).isEqualTo(failure);
    }

    @Test
    void anyRangeBackTo2014IsTakenAndNoEarlierOne() {
        Job archive = service(7).start(new BackfillRequest(LocalDate.of(2014, 1, 1), LocalDate.of(2024, 6, 3)));
        assertThat(archive.total()).isEqualTo(3807);

        assertThatThrownBy(() -> service().start(new BackfillRequest(LocalDate.of(2013, 12, 31), LocalDate.of(2014, 1, 2))))
                .isInstanceOfSatisfying(RequestValidationException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("from", "must not be before 2014-01-01, the API's first answers")));
    }

    @Test
    void invalidRangesNameTheirField() {
        assertThat(errors(null, LocalDate.of(2024, 1, 1))).extracting(FieldError::field).containsExactly("from");
        assertThat(errors(LocalDate.of(2024, 1, 1), null)).extracting(FieldError::field).containsExactly("to");
        assertThat(errors(null, null)).extracting(FieldError::field).containsExactly("from", "to");
        assertThat(errors(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1)))
                .containsExactly(new FieldError("from", "must not be after to"));
        assertThat(errors(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 4)))
                .containsExactly(new FieldError("to", "must not be after today (2024-06-03)"));
    }

    @Test
    void anUnknownJobIsNotFound() {
        assertThatThrownBy(() -> service().find("nope")).isInstanceOf(NotFoundException.class);
    }

    private List<FieldError> errors(LocalDate from, LocalDate to) {
        try {
            service().start(new BackfillRequest(from, to));
        } catch (RequestValidationException e) {
            return e.errors();
        }
        throw new AssertionError("accepted " + from + " to " + to);
    }

    private BackfillJobResponse awaitEnd(String id) {
        Job job = await().atMost(Duration.ofSeconds(10)).until(() -> jobs.find(id).orElseThrow(), Job::ended);
        return BackfillJobResponse.of(job);
    }

    /** What the runner gives a job's work, on the store: never stopping. */
    private JobContext context(String id) {
        return new JobContext() {
            @Override
            public boolean stopping() {
                return false;
            }

            @Override
            public void counted(long total) {
                jobs.counted(id, total, clock.instant());
            }

            @Override
            public void progressed(JobProgress progress) {
                jobs.progressed(id, progress, clock.instant());
            }

            @Override
            public boolean advanced(String from, String to, JobProgress progress) {
                return jobs.advanced(id, from, to, progress, clock.instant());
            }
        };
    }

    private static Job running(String id, LocalDate from, LocalDate to, LocalDate next, Instant createdAt) {
        Job queued = Job.queued(id, JobKind.BACKFILL, Map.of(BackfillWork.FROM, from.toString(), BackfillWork.TO,
                to.toString()), from.datesUntil(to.plusDays(1)).count(), next.toString(), createdAt);
        return new Job(id, JobKind.BACKFILL, JobState.RUNNING, queued.parameters(), queued.total(),
                from.datesUntil(next).count(), 0, Map.of("received", 9L), List.of(), next.toString(), null, createdAt,
                createdAt, createdAt, null);
    }
}
