package org.commitmenttracker.commitments.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
 * changed. Idempotent: ids are deterministic (answer id, position, wording), a
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

    /**
     * Extracts and stores the commitments of an answer or, with {@code statement}, a written ministerial statement;
     * those of its earlier versions that it no longer carries are marked dropped.
     *
     * @return the answer's commitments that changed, as stored
     */
    public List<Commitment> process(String answerEventId, Answer answer, boolean statement) {
        Instant now = clock.instant();
        CommitmentSource source = new CommitmentSource(answer.id(), answer.house(), answer.answeringBody(),
                answer.answeredBy(), answer.askedBy(), answer.dateAnswered(), answer.heading(), answer.sourceUrl());
        // a holding answer ("I will reply as soon as possible") promises only the real answer
        PlainText text = PlainText.of(answer.answerText());
        List<ExtractedCommitment> found = answer.holding() ? List.of()
                : extractor.extract(text, answer.dateAnswered(), statement);
        texts.save(new AnswerText(answer.id(), text.text(), answerEventId, now));
        List<String> ids = commitmentIds(answer.id(), found);
        List<Commitment> changed = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            ExtractedCommitment c = found.get(i);
            Commitment extracted = Commitment.extracted(ids.get(i), source, new Quote(c.quote(), c.start(), c.end()),
                    new Finding(c.action(), c.strength(), deadline(c.deadline())), c.confidence(),
                    c.confidence() < reviewThreshold ? ReviewState.UNREVIEWED : ReviewState.ACCEPTED, answerEventId, now);
            writes.apply(extracted.id(), stored -> stored.isEmpty() ? Optional.of(extracted)
                    : stored.get().reExtracted(extracted, now)).ifPresent(changed::add);
        }
        for (Commitment earlier : store.findByAnswer(answer.id())) {
            if (!ids.contains(earlier.id())) {
                writes.apply(earlier.id(), stored -> stored.flatMap(c -> c.dropped(now))).ifPresent(changed::add);
            }
        }
        if (!answer.holding()) {
            // also for an answer without commitments: it may report an earlier one done; links are never made twice
            merge(changed, threads.afterAnswer(answer, text.text(), now));
        }
        publisher.publish(changed);
        return changed;
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
