package org.commitmenttracker.commitments.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.commitmenttracker.commitments.CommitmentsProperties;
import org.commitmenttracker.commitments.extraction.CommitmentExtractor;
import org.commitmenttracker.commitments.extraction.ExtractedCommitment;
import org.commitmenttracker.commitments.extraction.FoundDeadline;
import org.commitmenttracker.commitments.extraction.PlainText;
import org.commitmenttracker.commitments.store.AnswerText;
import org.commitmenttracker.commitments.store.AnswerTextStore;
import org.commitmenttracker.commitments.store.Commitment;
import org.commitmenttracker.commitments.store.CommitmentStore;
import org.commitmenttracker.commitments.store.Finding;
import org.commitmenttracker.commitments.threads.ThreadFinder;
import org.commitmenttracker.commitments.tracking.CommitmentWrites;
import org.commitmenttracker.commitments.tracking.StatePublisher;
import org.commitmenttracker.events.Answer;
import org.commitmenttracker.events.CommitmentSource;
import org.commitmenttracker.events.Deadline;
import org.commitmenttracker.events.DeadlineKind;
import org.commitmenttracker.events.Quote;
import org.commitmenttracker.events.ReviewState;
import org.springframework.stereotype.Service;

/**
 * Extracts an answer's commitments, stores each change to them (found, found again, dropped by a correction, withdrawn)
 * as a new version, links them into the threads of earlier commitments ({@link ThreadFinder}), and publishes what
 * changed; many answers at a time, with a few round trips to the store and one wait for the broker. Idempotent:
 * ids are deterministic (answer id, position, wording), a
 * redelivered answer event finds nothing changed and makes no new version, and event ids derive from the commitment
 * id and version.
 */
@Service
public class AnswerProcessor {

    private final CommitmentExtractor extractor;
    private final CommitmentStore store;
    private final CommitmentWrites writes;
    private final AnswerTextStore texts;
    private final ThreadFinder threads;
    private final StatePublisher publisher;
    private final Clock clock;
    private final double reviewThreshold;

    AnswerProcessor(CommitmentExtractor extractor, CommitmentStore store, CommitmentWrites writes,
                    AnswerTextStore texts, ThreadFinder threads, StatePublisher publisher, Clock clock,
                    CommitmentsProperties properties) {
        this.extractor = extractor;
        this.store = store;
        this.writes = writes;
        this.texts = texts;
        this.threads = threads;
        this.publisher = publisher;
        this.clock = clock;
        this.reviewThreshold = properties.reviewThreshold();
    }

    /** An answer event read and its commitments extracted: what {@link #processAll} stores. */
    public record Extracted(String answerEventId, Answer answer, boolean statement, PlainText text,
                            List<ExtractedCommitment> found) {
    }

    /**
     * Extracts the commitments of an answer or, with {@code statement}, a written ministerial statement; stores
     * nothing. A holding answer ("I will reply as soon as possible") promises only the real answer: none.
     */
    public Extracted extract(String answerEventId, Answer answer, boolean statement) {
        PlainText text = PlainText.of(answer.answerText());
        return new Extracted(answerEventId, answer, statement, text,
                answer.holding() ? List.of() : extractor.extract(text, answer.dateAnswered(), statement));
    }

    /**
     * Extracts and stores the commitments of one answer; see {@link #processAll}.
     *
     * @return the answer's commitments that changed, as stored
     */
    public List<Commitment> process(String answerEventId, Answer answer, boolean statement) {
        return processAll(List.of(extract(answerEventId, answer, statement)));
    }

    /**
     * Stores the commitments of the answers, in order (a correction after the answer it corrects), with a few round
     * trips for all of them: their texts, what is stored of them, their new versions (those of their earlier versions
     * that they no longer carry are marked dropped), then their threads and one publication of everything that
     * changed.
     *
     * @return the commitments that changed, as stored
     */
    public List<Commitment> processAll(List<Extracted> answers) {
        if (answers.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        texts.saveAll(answers.stream().map(a -> new AnswerText(a.answer().id(), a.text().text(), a.answerEventId(), now,
                a.answer(), a.statement(), false)).toList());
        List<Commitment> changed = store(answers, now, 1);
        // also an answer without commitments: it may report an earlier one done; links are never made twice
        List<Extracted> threaded = answers.stream().filter(a -> !a.answer().holding()).toList();
        Map<String, List<Commitment>> current = store.findByAnswers(threaded.stream().map(a -> a.answer().id())
                .distinct().toList());
        merge(changed, threads.afterAnswers(threaded.stream().map(a -> new ThreadFinder.Threading(a.answer(),
                a.text().text(), current.getOrDefault(a.answer().id(), List.of()))).toList(), now));
        publisher.publish(changed);
        return changed;
    }

    /**
     * Works out every new version from what is stored, writes them at once, and does again the answers of which a
     * write was refused (another writer was first), from what is stored then.
     */
    private List<Commitment> store(List<Extracted> answers, Instant now, int attempt) {
        Map<String, Commitment> stored = new HashMap<>();
        Map<String, Set<String>> idsByAnswer = new HashMap<>();
        store.findByAnswers(answers.stream().map(a -> a.answer().id()).distinct().toList()).forEach((answerId, list) ->
                list.forEach(c -> {
                    stored.put(c.id(), c);
                    idsByAnswer.computeIfAbsent(answerId, k -> new LinkedHashSet<>()).add(c.id());
                }));
        Map<String, Commitment> next = new LinkedHashMap<>();
        Map<String, Extracted> writtenFor = new HashMap<>();
        for (Extracted a : answers) {
            List<String> ids = commitmentIds(a.answer().id(), a.found());
            Set<String> known = idsByAnswer.computeIfAbsent(a.answer().id(), k -> new LinkedHashSet<>());
            for (int i = 0; i < ids.size(); i++) {
                Commitment extracted = extracted(ids.get(i), a, a.found().get(i), now);
                Commitment base = next.getOrDefault(extracted.id(), stored.get(extracted.id()));
                (base == null ? Optional.of(extracted) : base.reExtracted(extracted, now)).ifPresent(c -> {
                    next.put(c.id(), c);
                    writtenFor.put(c.id(), a);
                });
            }
            for (String earlier : List.copyOf(known)) {
                if (!ids.contains(earlier)) {
                    Commitment base = next.getOrDefault(earlier, stored.get(earlier));
                    base.dropped(now).ifPresent(c -> {
                        next.put(c.id(), c);
                        writtenFor.put(c.id(), a);
                    });
                }
            }
            known.addAll(ids);
        }
        Set<String> refused = store.writeAll(next.values().stream()
                .map(c -> new CommitmentStore.Write(stored.get(c.id()), c)).toList());
        List<Commitment> changed = new ArrayList<>(next.values().stream().filter(c -> !refused.contains(c.id())).toList());
        if (!refused.isEmpty()) {
            if (attempt >= CommitmentWrites.ATTEMPTS) {
                throw new ConcurrentModificationException("Commitments " + refused + " kept changing under "
                        + attempt + " attempts to store their answers");
            }
            Set<String> again = refused.stream().map(id -> writtenFor.get(id).answer().id()).collect(Collectors.toSet());
            merge(changed, store(answers.stream().filter(a -> again.contains(a.answer().id())).toList(), now, attempt + 1));
        }
        return changed;
    }

    private Commitment extracted(String id, Extracted a, ExtractedCommitment c, Instant now) {
        Answer answer = a.answer();
        CommitmentSource source = new CommitmentSource(answer.id(), answer.house(), answer.answeringBody(),
                answer.answeredBy(), answer.askedBy(), answer.dateAnswered(), answer.heading(), answer.sourceUrl());
        return Commitment.extracted(id, source, new Quote(c.quote(), c.start(), c.end()),
                new Finding(c.action(), c.strength(), deadline(c.deadline())), c.confidence(),
                c.confidence() < reviewThreshold ? ReviewState.UNREVIEWED : ReviewState.ACCEPTED, a.answerEventId(), now);
    }

    /** Replaces each commitment already in {@code into} by its later version, and adds the others. */
    private static void merge(List<Commitment> into, List<Commitment> later) {
        for (Commitment c : later) {
            into.removeIf(earlier -> earlier.id().equals(c.id()));
            into.add(c);
        }
    }

    /** A withdrawn question's commitments are tracked no more; staff's records of them are kept. */
    public List<Commitment> withdraw(String answerId) {
        Instant now = clock.instant();
        texts.markWithdrawn(answerId);
        List<Commitment> changed = new ArrayList<>();
        for (Commitment commitment : store.findByAnswer(answerId)) {
            writes.apply(commitment.id(), stored -> stored.flatMap(c -> c.withdrawn(now))).ifPresent(changed::add);
        }
        publisher.publish(changed);
        return changed;
    }

    /**
     * Deterministic from the answer id, the wording of the sentence that carries the commitment, the commitment's
     * position in that sentence and which repeat of the sentence it is. So a correction elsewhere in the answer, or a
     * new engine version that words actions differently, updates the same commitment in place and keeps what staff
     * recorded; only a change to the sentence itself makes a new one.
     */
    static List<String> commitmentIds(String answerId, List<ExtractedCommitment> found) {
        Map<String, Integer> repeats = new HashMap<>();
        List<String> ids = new ArrayList<>();
        for (ExtractedCommitment c : found) {
            String sentence = c.quote().replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
            int repeat = c.position() == 0 ? repeats.merge(sentence, 1, Integer::sum) : repeats.getOrDefault(sentence, 1);
            ids.add(id(answerId + "|" + sentence + "|" + repeat + "|" + c.position()));
        }
        return ids;
    }

    private static String id(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "cmt-" + HexFormat.of().formatHex(digest, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static Deadline deadline(FoundDeadline found) {
        DeadlineKind kind = switch (found.kind()) {
            case EXPLICIT -> DeadlineKind.EXPLICIT;
            case IMPLIED -> DeadlineKind.IMPLIED;
            case NONE -> DeadlineKind.NONE;
        };
        return new Deadline(found.text(), found.date(), kind);
    }
}
