package org.commitmenttracker.ingest.parliament;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.commitmenttracker.ingest.answers.AnswerIntake;
import org.junit.jupiter.api.Test;

/** The poller's walk over the days and its checkpoint, with the API and the store replaced by plain fakes. */
class ParliamentPollerTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 3, 13);

    private final Clock clock = Clock.fixed(Instant.parse("2024-03-13T15:00:00Z"), ZoneOffset.UTC);
    private final InMemoryCheckpoints checkpoints = new InMemoryCheckpoints();
    private final List<LocalDate> polled = new ArrayList<>();
    private final Set<LocalDate> failing = new HashSet<>();

    private final Function<LocalDate, DayResult> days = day -> {
        polled.add(day);
        List<PageFailure> failures = failing.contains(day)
                ? List.of(new PageFailure(day, "answered", 50, "malformed JSON at line 1, column 9")) : List.of();
        return new DayResult(day, Map.of(AnswerIntake.Outcome.RECEIVED, 2), 0, 0, failures);
    };

    private ParliamentPoller poller(LocalDate pollFrom) {
        return new ParliamentPoller(days, checkpoints, clock, Duration.ofMinutes(15), pollFrom);
    }

    @Test
    void theFirstRunPollsFromPollFromToTodayAndStopsTheCheckpointAtToday() {
        ParliamentPoller.PollRun run = poller(LocalDate.of(2024, 3, 10)).poll();

        assertThat(polled).containsExactly(LocalDate.of(2024, 3, 10), LocalDate.of(2024, 3, 11), LocalDate.of(2024, 3, 12), TODAY);
        assertThat(run.answers()).isEqualTo(8);
        assertThat(checkpoints.load()).map(PollCheckpoint::nextDay).contains(TODAY);
    }

    @Test
    void withoutPollFromOrCheckpointItStartsToday() {
        poller(null).poll();

        assertThat(polled).containsExactly(TODAY);
        assertThat(checkpoints.load()).map(PollCheckpoint::nextDay).isEmpty();
    }

    @Test
    void todayIsPolledAgainByEveryRunUntilItIsOver() {
        ParliamentPoller poller = poller(LocalDate.of(2024, 3, 12));
        poller.poll();
        polled.clear();

        poller.poll();

        assertThat(polled).containsExactly(TODAY);
    }

    @Test
    void aRestartedPollerResumesFromTheCheckpointNotFromPollFrom() {
        checkpoints.recordDay(LocalDate.of(2024, 3, 10), List.of(), LocalDate.of(2024, 3, 11), clock.instant());

        poller(LocalDate.of(2024, 1, 1)).poll();

        assertThat(polled).containsExactly(LocalDate.of(2024, 3, 11), LocalDate.of(2024, 3, 12), TODAY);
    }

    @Test
    void aFailedDayIsRecordedTheRunGoesOnAndTheNextRunPollsItAgain() {
        failing.add(LocalDate.of(2024, 3, 11));
        ParliamentPoller poller = poller(LocalDate.of(2024, 3, 10));

        ParliamentPoller.PollRun first = poller.poll();

        assertThat(polled).containsExactly(LocalDate.of(2024, 3, 10), LocalDate.of(2024, 3, 11), LocalDate.of(2024, 3, 12), TODAY);
        assertThat(first.failures()).extracting(PageFailure::day).containsExactly(LocalDate.of(2024, 3, 11));
        PollCheckpoint checkpoint = checkpoints.load().orElseThrow();
        assertThat(checkpoint.nextDay()).isEqualTo(TODAY);
        assertThat(checkpoint.failedDays()).containsOnlyKeys(LocalDate.of(2024, 3, 11));
        assertThat(checkpoint.failedDays().get(LocalDate.of(2024, 3, 11))).extracting(PageFailure::reason)
                .containsExactly("malformed JSON at line 1, column 9");

        failing.clear();
        polled.clear();
        poller.poll();

        assertThat(polled).containsExactly(LocalDate.of(2024, 3, 11), TODAY);
        assertThat(checkpoints.load().orElseThrow().failedDays()).isEmpty();
    }

    @Test
    void aFailingTodayDoesNotMoveTheCheckpointAndIsClearedOnceItSucceeds() {
        failing.add(TODAY);
        ParliamentPoller poller = poller(TODAY);

        poller.poll();
        assertThat(checkpoints.load().orElseThrow().failedDays()).containsOnlyKeys(TODAY);

        failing.clear();
        polled.clear();
        poller.poll();

        assertThat(polled).containsExactly(TODAY);
        assertThat(checkpoints.load().orElseThrow().failedDays()).isEmpty();
    }

    /** The checkpoint as {@link MongoCheckpointStore} keeps it, in memory. */
    static final class InMemoryCheckpoints implements CheckpointStore {

        private LocalDate nextDay;
        private final TreeMap<LocalDate, List<PageFailure>> failedDays = new TreeMap<>();
        private Instant updatedAt;

        @Override
        public synchronized Optional<PollCheckpoint> load() {
            return updatedAt == null ? Optional.empty() : Optional.of(new PollCheckpoint(nextDay, failedDays, updatedAt));
        }

        @Override
        public synchronized void recordDay(LocalDate day, List<PageFailure> failures, LocalDate next, Instant at) {
            if (failures.isEmpty()) {
                failedDays.remove(day);
            } else {
                failedDays.put(day, List.copyOf(failures));
            }
            if (next != null) {
                nextDay = next;
            }
            updatedAt = at;
        }
    }
}
