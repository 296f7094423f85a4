package org.commitmenttracker.ingest.parliament;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.IntFunction;

import org.commitmenttracker.ingest.IngestProperties;
import org.commitmenttracker.ingest.answers.AnswerIntake;
import org.commitmenttracker.ingest.answers.AnswerRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Takes in one day of the API (or a range of days, with the API's range queries), every page of it: the questions answered that day, those corrected that day, and the
 * written statements made that day, a page at a time (its answers taken in together). Shortened answers are fetched
 * whole; withdrawn questions are withdrawn. A page
 * that cannot be had is logged at WARN and reported in the result, and the rest of the day goes on; the day is not
 * thrown away. Only an interruption (shutdown) stops it, with a {@link CancellationException}.
 */
@Component
class ParliamentDayIngest {

    private static final Logger log = LoggerFactory.getLogger(ParliamentDayIngest.class);

    private final ParliamentApiClient api;
    private final AnswerIntake intake;
    private final int pageSize;

    ParliamentDayIngest(ParliamentApiClient api, AnswerIntake intake, IngestProperties properties) {
        this.api = api;
        this.intake = intake;
        this.pageSize = properties.parliament().pageSize();
    }

    DayResult ingest(LocalDate day) {
        return ingest(day, day);
    }

    /** Takes in the days from {@code from} to {@code to}, both included, with the API's range queries. */
    DayResult ingest(LocalDate from, LocalDate to) {
        Tally tally = new Tally(from);
        for (ParliamentApiClient.Window window : ParliamentApiClient.Window.values()) {
            pages(tally, window.label(), skip -> api.questions(window, from, to, skip, pageSize));
        }
        pages(tally, "statements", skip -> api.statements(from, to, skip, pageSize));
        DayResult result = tally.result();
        log.info("Parliament API, {}{}: {} answers and statements {}, {} grouped into another, {} rejected, {} failed "
                        + "pages", from, to.equals(from) ? "" : " to " + to, result.answers(), result.outcomes(),
                result.grouped(), result.rejected(), result.failures().size());
        return result;
    }

    /** Follows every page of one list; a failed page is reported and, where the total is known, the next one tried. */
    private void pages(Tally tally, String source, IntFunction<ResultsPage<JsonNode>> fetch) {
        Integer total = null;
        int skip = 0;
        while (total == null || skip < total) {
            ResultsPage<JsonNode> page;
            try {
                page = fetch.apply(skip);
            } catch (ParliamentApiException e) {
                tally.failed(source, skip, e);
                if (total == null) {
                    return;
                }
                skip += pageSize;
                continue;
            }
            total = page.totalResults() == null ? 0 : page.totalResults();
            if (page.results().isEmpty()) {
                return;
            }
            for (ResultsPage.Item<JsonNode> item : page.results()) {
                if (item == null || item.value() == null) {
                    tally.rejected(source, skip, "a result without a value");
                } else {
                    take(tally, source, skip, item.value());
                }
            }
            takeIn(tally, source, skip);
            skip += page.results().size();
        }
    }

    /**
     * Maps one result ({@link ParliamentRecords}) and takes it in: a shortened answer is fetched whole first, a
     * withdrawal is taken in after the page's answers before it, an answer waits to be taken in with the page's others.
     */
    private void take(Tally tally, String source, int skip, JsonNode listed) {
        String what = listed.has("dateMade") ? "statement " + listed.path("uin").asString("?")
                : "question " + listed.path("id").asString("?") + " (" + listed.path("uin").asString("?") + ")";
        ParliamentRecords.Mapped mapped = ParliamentRecords.map(listed);
        boolean whole = false;
        if (mapped instanceof ParliamentRecords.Answer answer && answer.shortened() && answer.questionId() != null) {
            try {
                mapped = ParliamentRecords.map(api.question(answer.questionId()));
                whole = true; // the question's own record is the whole text, whatever it ends with
            } catch (ParliamentApiException e) {
                tally.failed(source, skip, what + ": full text could not be fetched: " + e.reason(), e);
                return;
            }
        }
        if (mapped instanceof ParliamentRecords.Withdrawal withdrawal) {
            takeIn(tally, source, skip);
            try {
                tally.count(intake.withdraw(withdrawal.answerId()).outcome());
            } catch (RuntimeException e) {
                tally.failed(source, skip, what + ": could not be withdrawn", e);
            }
        } else if (mapped instanceof ParliamentRecords.Grouped) {
            tally.grouped++;
        } else if (mapped instanceof ParliamentRecords.Unreadable unreadable) {
            tally.rejected(source, skip, what + ": " + unreadable.reason());
        } else if (mapped instanceof ParliamentRecords.Answer answer) {
            if (answer.shortened() && !whole) {
                tally.rejected(source, skip, what + ": the answer text is shortened and the result has no id to fetch "
                        + "it whole by");
                return;
            }
            tally.waiting.add(new Waiting(what, answer.request()));
        }
    }

    /** Takes the page's waiting answers in together ({@link AnswerIntake#receiveAll}). */
    private void takeIn(Tally tally, String source, int skip) {
        if (tally.waiting.isEmpty()) {
            return;
        }
        List<Waiting> waiting = List.copyOf(tally.waiting);
        tally.waiting.clear();
        try {
            List<AnswerIntake.Result> results = intake.receiveAll(waiting.stream().map(Waiting::request).toList());
            for (int i = 0; i < waiting.size(); i++) {
                AnswerIntake.Result result = results.get(i);
                if (result.outcome() == AnswerIntake.Outcome.INVALID) {
                    tally.rejected(source, skip, waiting.get(i).what() + ": " + AnswerIntake.describe(result.errors()));
                } else {
                    tally.count(result.outcome());
                }
            }
        } catch (CancellationException e) {
            throw e;
        } catch (RuntimeException e) {
            tally.failed(source, skip, waiting.size() + " answers could not be taken in (" + e.getClass().getSimpleName()
                    + ")", e);
        }
    }

    /** An answer of the page, checked, waiting to be taken in with the others. */
    private record Waiting(String what, AnswerRequest request) {
    }

    /** Counts of one day, and what went wrong in it. */
    private static final class Tally {

        private final LocalDate day;
        private final Map<AnswerIntake.Outcome, Integer> outcomes = new EnumMap<>(AnswerIntake.Outcome.class);
        private final List<PageFailure> failures = new ArrayList<>();
        private final List<Waiting> waiting = new ArrayList<>();
        private int grouped;
        private int rejected;

        Tally(LocalDate day) {
            this.day = day;
        }

        void count(AnswerIntake.Outcome outcome) {
            outcomes.merge(outcome, 1, Integer::sum);
        }

        void rejected(String source, int skip, String why) {
            rejected++;
            log.warn("Parliament API, {} {} page at skip {}: record rejected: {}", day, source, skip, why);
        }

        void failed(String source, int skip, ParliamentApiException e) {
            failures.add(new PageFailure(day, source, skip, e.reason()));
            log.warn("Parliament API, {} {} page at skip {} FAILED, the rest of the day goes on: {}", day, source, skip,
                    e.getMessage(), e.getCause());
        }

        void failed(String source, int skip, String reason, Exception e) {
            failures.add(new PageFailure(day, source, skip, reason));
            log.warn("Parliament API, {} {} page at skip {} FAILED, the rest of the day goes on: {}", day, source, skip,
                    reason, e);
        }

        DayResult result() {
            return new DayResult(day, outcomes, grouped, rejected, failures);
        }
    }
}
