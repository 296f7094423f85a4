package org.commitmenttracker.ingest.answers;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.commitmenttracker.events.Answer;
import org.commitmenttracker.events.AnswerCorrected;
import org.commitmenttracker.events.AnswerReceived;
import org.commitmenttracker.events.AnswerWithdrawn;
import org.commitmenttracker.events.StatementCorrected;
import org.commitmenttracker.events.StatementReceived;
import org.commitmenttracker.events.TrackerEvent;
import org.commitmenttracker.ingest.IngestProperties;
import org.commitmenttracker.support.events.EventPublisher;
import org.commitmenttracker.support.web.FieldError;
import org.commitmenttracker.support.web.RequestValidationException;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Takes an answer in: gives it its id, tells new from corrected from duplicate by a hash of its content, publishes the
 * matching event and records what it has seen. The event is published, and acknowledged by the broker, before the
 * answer is recorded as seen: a failure in between makes a retry publish again (consumers are idempotent), never
 * lose the answer.
 */
@Service
public class AnswerIntake {

    /** What became of an answer. */
    public enum Outcome {
        RECEIVED, CORRECTED, DUPLICATE,
        /** a holding answer that arrived after the substantive one: kept out, the substantive answer stands */
        SUPERSEDED,
        WITHDRAWN,
        /** refused by the checks of {@link #toAnswer}; see the result's errors */
        INVALID
    }

    /** What became of an answer: its id (null if it has none) and, when {@link Outcome#INVALID}, what is wrong. */
    public record Result(String id, Outcome outcome, List<FieldError> errors) {

        public Result(String id, Outcome outcome) {
            this(id, outcome, List.of());
        }
    }

    private final AnswerStore store;
    private final EventPublisher publisher;
    private final JsonMapper json;
    private final Clock clock;
    private final IngestProperties properties;
    private final Validator validator;

    AnswerIntake(AnswerStore store, EventPublisher publisher, JsonMapper json, Clock clock, IngestProperties properties,
                 Validator validator) {
        this.store = store;
        this.publisher = publisher;
        this.json = json;
        this.clock = clock;
        this.properties = properties;
        this.validator = validator;
    }

    public Result receive(AnswerRequest request) {
        Result result = receiveAll(List.of(request)).get(0);
        if (result.outcome() == Outcome.INVALID) {
            throw new RequestValidationException(result.errors());
        }
        return result;
    }

    /**
     * Takes many answers in, in order (a correction after the answer it corrects): what has been seen of them is read
     * at once, their events are published together with one wait for the broker's acknowledgements, and only then are
     * they recorded as seen, at once. Every answer is checked here, whatever its source: its fields' constraints
     * ({@link AnswerRequest}'s annotations) and those {@link #toAnswer} adds; one that fails is {@link Outcome#INVALID}
     * with its errors (see {@link #describe}), and the others go on.
     *
     * @return one result per request, in their order
     */
    public List<Result> receiveAll(List<AnswerRequest> requests) {
        List<Answer> answers = new ArrayList<>();
        List<Result> results = new ArrayList<>();
        for (AnswerRequest request : requests) {
            List<FieldError> violations = violations(request);
            if (!violations.isEmpty()) {
                answers.add(null);
                results.add(new Result(null, Outcome.INVALID, violations));
                continue;
            }
            try {
                answers.add(toAnswer(request));
                results.add(null);
            } catch (RequestValidationException e) {
                answers.add(null);
                results.add(new Result(null, Outcome.INVALID, e.errors()));
            } catch (RuntimeException e) {
                // whatever the checks missed fails this answer alone, not the batch
                answers.add(null);
                results.add(new Result(null, Outcome.INVALID, List.of(new FieldError("answer",
                        "could not be read (" + e.getClass().getSimpleName() + ")"))));
            }
        }
        Map<String, SeenAnswer> seen = new HashMap<>(store.findAll(answers.stream().filter(Objects::nonNull)
                .map(Answer::id).distinct().toList()));
        Map<String, SeenAnswer> toSave = new LinkedHashMap<>();
        List<TrackerEvent> events = new ArrayList<>();
        Instant now = clock.instant();
        for (int i = 0; i < answers.size(); i++) {
            Answer answer = answers.get(i);
            if (answer == null) {
                continue;
            }
            Optional<SeenAnswer> previous = Optional.ofNullable(seen.get(answer.id()));
            String hash = AnswerContent.hash(answer);
            Outcome outcome = outcome(previous, answer, hash);
            results.set(i, new Result(answer.id(), outcome));
            if (outcome == Outcome.RECEIVED || outcome == Outcome.CORRECTED) {
                events.add(event(requests.get(i).isStatement(), previous, answer, hash, now));
                SeenAnswer next = new SeenAnswer(answer.id(), hash, previous.map(s -> s.version() + 1).orElse(1),
                        previous.map(SeenAnswer::firstSeenAt).orElse(now), now, answer, false);
                seen.put(answer.id(), next);
                toSave.put(answer.id(), next);
            }
        }
        publisher.publishAll(events);
        store.saveAll(toSave.values());
        return results;
    }

    /** The field constraints the request breaks, each named by its field ({@code groupedUins}, not its element). */
    private List<FieldError> violations(AnswerRequest request) {
        Set<ConstraintViolation<AnswerRequest>> violations = validator.validate(request);
        return violations.stream().map(violation -> new FieldError(
                violation.getPropertyPath().toString().replace(".<list element>", "").replace("<list element>", ""),
                violation.getMessage())).toList();
    }

    /**
     * The one way every importer words an invalid answer: {@code field: message}, sorted, joined by {@code ; }, as
     * {@code POST /api/answers} names the same fields in its problem detail.
     */
    public static String describe(List<FieldError> errors) {
        return errors.stream().map(error -> error.field() + ": " + error.message()).sorted()
                .collect(Collectors.joining("; "));
    }

    private Outcome outcome(Optional<SeenAnswer> seen, Answer answer, String hash) {
        if (seen.isPresent() && !seen.get().withdrawn() && (seen.get().contentHash().equals(hash)
                || seen.get().contentHash().equals(legacyWireHash(answer)))) {
            return Outcome.DUPLICATE;
        }
        if (seen.isPresent() && answer.holding() && !seen.get().answer().holding()) {
            return Outcome.SUPERSEDED;
        }
        return seen.isPresent() ? Outcome.CORRECTED : Outcome.RECEIVED;
    }

    private static TrackerEvent event(boolean statement, Optional<SeenAnswer> seen, Answer answer, String hash, Instant now) {
        return seen.<TrackerEvent>map(previous -> statement
                        ? new StatementCorrected(newEventId(), now, answer, hash, previous.contentHash())
                        : new AnswerCorrected(newEventId(), now, answer, hash, previous.contentHash()))
                .orElseGet(() -> statement
                        ? new StatementReceived(newEventId(), now, answer, hash)
                        : new AnswerReceived(newEventId(), now, answer, hash));
    }

    /**
     * Withdraws a question (and its answer): publishes an {@link AnswerWithdrawn} once; withdrawing again changes
     * nothing. An answer never seen is withdrawn all the same, so that it is known as withdrawn if it arrives.
     */
    public Result withdraw(String answerId) {
        Optional<SeenAnswer> seen = store.find(answerId);
        if (seen.isPresent() && seen.get().withdrawn()) {
            return new Result(answerId, Outcome.DUPLICATE);
        }
        Instant now = clock.instant();
        publisher.publish(new AnswerWithdrawn(newEventId(), now, answerId));
        store.save(new SeenAnswer(answerId, seen.map(SeenAnswer::contentHash).orElse(""),
                seen.map(s -> s.version() + 1).orElse(1), seen.map(SeenAnswer::firstSeenAt).orElse(now), now,
                seen.map(SeenAnswer::answer).orElse(null), true));
        return new Result(answerId, Outcome.WITHDRAWN);
    }

    /** Checks what field annotations cannot, then normalises the request into the answer record. */
    Answer toAnswer(AnswerRequest request) {
        List<FieldError> errors = new ArrayList<>();
        boolean hasUin = request.uin() != null && !request.uin().isBlank();
        String id;
        if (hasUin && request.dateTabled() != null) {
            id = AnswerIds.parliamentId(request.house(), request.dateTabled(), request.uin());
        } else if (request.id() != null && !hasUin) {
            id = request.id();
        } else if (request.id() != null) {
            id = null;
            errors.add(new FieldError("dateTabled", "is required with uin"));
        } else {
            id = null;
            errors.add(new FieldError(hasUin ? "dateTabled" : "uin",
                    hasUin ? "is required with uin" : "uin and dateTabled are required unless id is given"));
        }
        if (request.dateTabled() != null && request.dateAnswered() != null
                && request.dateAnswered().isBefore(request.dateTabled())) {
            errors.add(new FieldError("dateAnswered", "must not be before dateTabled"));
        }
        if (request.answerText().length() > properties.maxAnswerTextChars()) {
            errors.add(new FieldError("answerText", "must be at most " + properties.maxAnswerTextChars() + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new RequestValidationException(errors);
        }
        return new Answer(id, request.house().toLowerCase(Locale.ROOT), hasUin ? request.uin().toUpperCase(Locale.ROOT) : null,
                request.dateTabled(), request.dateAnswered(), request.answeringBody().strip(), strip(request.answeredBy()),
                strip(request.askedBy()), strip(request.heading()), request.questionText(), request.answerText(),
                request.sourceUrl(), Boolean.TRUE.equals(request.holding()),
                request.groupedUins() == null ? List.of()
                        : request.groupedUins().stream().map(u -> u.toUpperCase(Locale.ROOT)).toList());
    }

    /**
     * The hash answers were stored with before {@link AnswerContent}: of the record's JSON. Still recognised, so that
     * an answer seen before the change is not republished as a correction of itself when it comes again.
     */
    private String legacyWireHash(Answer answer) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(answer));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String newEventId() {
        return UUID.randomUUID().toString();
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

}
