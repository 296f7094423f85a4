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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.function.BiFunction;

import org.commitmenttracker.ingest.answers.AnswerIntake;
import org.commitmenttracker.support.web.FieldError;
import org.commitmenttracker.support.web.NotFoundException;
import org.commitmenttracker.support.web.RequestValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Backfill jobs with the API and the store replaced by plain fakes. */
class BackfillServiceTest {

    private final Clock clock = Clock.fixed(Instant.parse("2024-06-03T09:00:00Z"), ZoneOffset.UTC);
    private final InMemoryJobs jobs = new InMemoryJobs();
    /** The windows asked for, each as {@code from/to}. */
    private final List<String> polled = Collections.synchronizedList(new ArrayList<>());
    private final List<BackfillService> services = new ArrayList<>();

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
        BackfillService service = new BackfillService(jobs, windows, windowDays, Executors.newSingleThreadScheduledExecutor(),
                clock);
        services.add(service);
        return service;
    }

    @AfterEach
    void stop() {
        services.forEach(BackfillService::close);
    }

    @Test
    void takesInEachDayInOrderAndAddsUpWhatTheyGave() {
        BackfillJob job = service().start(new BackfillRequest(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 3)));

        BackfillJob done = awaitEnd(job.id());

        assertThat(polled).containsExactly("2024-01-01/2024-01-01", "2024-01-02/2024-01-02", "2024-01-03/2024-01-03");
        assertThat(done.state()).isEqualTo(BackfillJob.State.DONE_WITH_FAILURES);
        assertThat(done.daysDone()).isEqualTo(3);
        assertThat(done.daysTotal()).isEqualTo(3);
        assertThat(done.answers()).isEqualTo(12);
        assertThat(done.outcomes()).containsOnly(entry("received", 9), entry("duplicate", 3));
        assertThat(done.grouped()).isEqualTo(3);
        assertThat(done.failedPages()).extracting(PageFailure::day, PageFailure::reason)
                .containsExactly(tuple(LocalDate.of(2024, 1, 2), "HTTP 503 after 5 attempts"));
    }

    @Test
    void aJobWithoutFailedPagesIsDone() {
        BackfillJob job = service().start(new BackfillRequest(LocalDate.of(2024, 1, 3), LocalDate.of(2024, 1, 4)));

        assertThat(awaitEnd(job.id()).state()).isEqualTo(BackfillJob.State.DONE);
    }

    @Test
    void aJobLeftRunningResumesFromItsNextDay() {
        Instant at = clock.instant();
        jobs.insert(new BackfillJob("left-running", LocalDate.of(2024, 1, 10), LocalDate.of(2024, 1, 14),
                BackfillJob.State.RUNNING, LocalDate.of(2024, 1, 13), 3, 5, 9, Map.of("received", 9), 0, 0, List.of(), at, at));

        service().resumeUnfinished();

        BackfillJob done = awaitEnd("left-running");
        assertThat(polled).containsExactly("2024-01-13/2024-01-13", "2024-01-14/2024-01-14");
        assertThat(done.daysDone()).isEqualTo(5);
        assertThat(done.answers()).isEqualTo(17);
    }

    @Test
    void aDayAnotherRunnerRecordedFirstIsNotCountedTwice() {
        Instant at = clock.instant();
        jobs.insert(new BackfillJob("shared", LocalDate.of(2024, 1, 10), LocalDate.of(2024, 1, 11),
                BackfillJob.State.RUNNING, LocalDate.of(2024, 1, 10), 0, 2, 0, Map.of(), 0, 0, List.of(), at, at));
        // two instances on one job: the other one records the day while this one is still taking it in
        BackfillService slow = new BackfillService(jobs, (from, to) -> {
            DayResult result = windows.apply(from, to);
            jobs.recordDays("shared", from, to, result, at);
            return result;
        }, 1, Executors.newSingleThreadScheduledExecutor(), clock);
        services.add(slow);

        slow.runDay("shared");

        BackfillJob job = jobs.find("shared").orElseThrow();
        assertThat(job.daysDone()).isEqualTo(1);
        assertThat(job.answers()).isEqualTo(4);
        assertThat(job.nextDay()).isEqualTo(LocalDate.of(2024, 1, 11));
        assertThat(job.state()).isEqualTo(BackfillJob.State.RUNNING);
    }

    @Test
    void aRangeIsTakenInWindowsOfItsDaysTheLastOneShorter() {
        BackfillJob job = service(7).start(new BackfillRequest(LocalDate.of(2024, 1, 3), LocalDate.of(2024, 1, 20)));

        BackfillJob done = awaitEnd(job.id());

        assertThat(polled).containsExactly("2024-01-03/2024-01-09", "2024-01-10/2024-01-16", "2024-01-17/2024-01-20");
        assertThat(done.daysDone()).isEqualTo(18);
        assertThat(done.daysTotal()).isEqualTo(18);
        assertThat(done.answers()).isEqualTo(12);
        assertThat(done.nextDay()).isEqualTo(LocalDate.of(2024, 1, 21));
    }

    @Test
    void anyRangeBackTo2014IsTakenAndNoEarlierOne() {
        BackfillJob archive = service(7).start(new BackfillRequest(LocalDate.of(2014, 1, 1), LocalDate.of(2024, 6, 3)));
        assertThat(archive.daysTotal()).isEqualTo(3807);

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

    private BackfillJob awaitEnd(String id) {
        return await().atMost(Duration.ofSeconds(10))
                .until(() -> jobs.find(id).orElseThrow(), job -> job.state() != BackfillJob.State.RUNNING);
    }

    /** Jobs as {@link MongoBackfillJobStore} keeps them, in memory. */
    static final class InMemoryJobs implements BackfillJobStore {

        private final Map<String, BackfillJob> jobs = new HashMap<>();

        @Override
        public synchronized void insert(BackfillJob job) {
            jobs.put(job.id(), job);
        }

        @Override
        public synchronized Optional<BackfillJob> find(String id) {
            return Optional.ofNullable(jobs.get(id));
        }

        @Override
        public synchronized List<String> running() {
            return jobs.values().stream().filter(j -> j.state() == BackfillJob.State.RUNNING).map(BackfillJob::id).toList();
        }

        @Override
        public synchronized boolean recordDays(String id, LocalDate from, LocalDate to, DayResult result, Instant at) {
            BackfillJob j = jobs.get(id);
            if (j == null || j.state() != BackfillJob.State.RUNNING || !j.nextDay().equals(from)) {
                return false;
            }
            Map<String, Integer> outcomes = new LinkedHashMap<>(j.outcomes());
            result.outcomes().forEach((o, n) -> outcomes.merge(o.name().toLowerCase(Locale.ROOT), n, Integer::sum));
            List<PageFailure> failures = new ArrayList<>(j.failedPages());
            failures.addAll(result.failures());
            jobs.put(id, new BackfillJob(id, j.from(), j.to(), j.state(), to.plusDays(1),
                    j.daysDone() + (int) ChronoUnit.DAYS.between(from, to) + 1, j.daysTotal(),
                    j.answers() + result.answers(), outcomes, j.grouped() + result.grouped(), j.rejected() + result.rejected(),
                    failures, j.createdAt(), at));
            return true;
        }

        @Override
        public synchronized void finish(String id, BackfillJob.State state, Instant at) {
            BackfillJob j = jobs.get(id);
            if (j != null && j.state() == BackfillJob.State.RUNNING) {
                jobs.put(id, new BackfillJob(id, j.from(), j.to(), state, j.nextDay(), j.daysDone(), j.daysTotal(), j.answers(),
                        j.outcomes(), j.grouped(), j.rejected(), j.failedPages(), j.createdAt(), at));
            }
        }
    }
}
