package org.commitmenttracker.ingest.parliament;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.commitmenttracker.ingest.IngestProperties;
import org.commitmenttracker.ingest.answers.AnswerIntake;
import org.commitmenttracker.ingest.answers.AnswerRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Takes in one day of the API, every page of it: the questions answered that day, those corrected that day, and the
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
    private final Validator validator;
    private final int pageSize;

    ParliamentDayIngest(ParliamentApiClient api, AnswerIntake intake, Validator validator, IngestProperties properties) {
        this.api = api;
        this.intake = intake;
        this.validator = validator;
        this.pageSize = properties.parliament().pageSize();
    }

    DayResult ingest(LocalDate day) {
        Tally tally = new Tally(day);
        for (ParliamentApiClient.Window window : ParliamentApiClient.Window.values()) {
            pages(tally, window.label(), skip -> api.questions(window, day, skip, pageSize),
                    (question, skip) -> takeQuestion(tally, window.label(), skip, question));
        }
        pages(tally, "statements", skip -> api.statements(day, skip, pageSize),
                (statement, skip) -> take(tally, "statements", skip, "statement " + statement.uin(),
                        () -> ParliamentMapper.toAnswerRequest(statement)));
        DayResult result = tally.result();
        log.info("Parliament API, {}: {} answers and statements {}, {} grouped into another, {} rejected, {} failed pages",
                day, result.answers(), result.outcomes(), result.grouped(), result.rejected(), result.failures().size());
        return result;
    }

    /** Follows every page of one list; a failed page is reported and, where the total is known, the next one tried. */
    private <T> void pages(Tally tally, String source, IntFunction<ResultsPage<T>> fetch, ItemHandler<T> handler) {
        Integer total = null;
        int skip = 0;
        while (total == null || skip < total) {
            ResultsPage<T> page;
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
            for (ResultsPage.Item<T> item : page.results()) {
                if (item == null || item.value() == null) {
                    tally.rejected(source, skip, "a result without a value");
                } else {
                    handler.handle(item.value(), skip);
                }
            }
            takeIn(tally, source, skip);
            skip += page.results().size();
        }
    }

    private void takeQuestion(Tally tally, String source, int skip, WrittenQuestion listed) {
        String what = "question " + listed.id() + " (" + listed.uin() + ")";
        if (ParliamentMapper.isWithdrawn(listed)) {
            String id;
            try {
                id = ParliamentMapper.answerId(listed);
            } catch (IllegalArgumentException e) {
                tally.rejected(source, skip, what + ": " + e.getMessage());
                return;
            }
            takeIn(tally, source, skip);
            try {
                tally.count(intake.withdraw(id).outcome());
            } catch (RuntimeException e) {
                tally.failed(source, skip, what + ": could not be withdrawn", e);
            }
            return;
        }
        if (!ParliamentMapper.leadsGroup(listed)) {
            tally.grouped++;
            return;
        }
        WrittenQuestion question = listed;
        if (ParliamentMapper.isShortened(listed.answerText()) && listed.id() != null) {
            try {
                question = api.question(listed.id());
            } catch (ParliamentApiException e) {
                tally.failed(source, skip, what + ": full text could not be fetched: " + e.reason(), e);
                return;
            }
        }
        WrittenQuestion whole = question;
        take(tally, source, skip, what, () -> ParliamentMapper.toAnswerRequest(whole));
    }

    private void take(Tally tally, String source, int skip, String what, Supplier<AnswerRequest> mapping) {
        AnswerRequest request;
        try {
            request = mapping.get();
        } catch (IllegalArgumentException e) {
            tally.rejected(source, skip, what + ": " + e.getMessage());
            return;
        }
        Set<ConstraintViolation<AnswerRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            tally.rejected(source, skip, what + ": " + violations.stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted().collect(Collectors.joining("; ")));
            return;
        }
        tally.waiting.add(new Waiting(what, request));
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
                    tally.rejected(source, skip, waiting.get(i).what() + ": " + result.errors().stream()
                            .map(f -> f.field() + " " + f.message()).collect(Collectors.joining("; ")));
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

    @FunctionalInterface
    private interface ItemHandler<T> {
        void handle(T item, int skip);
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
