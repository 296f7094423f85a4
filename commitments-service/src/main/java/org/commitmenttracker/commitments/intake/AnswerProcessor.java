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
import java.util.UUID;

import org.commitmenttracker.commitments.CommitmentsProperties;
import org.commitmenttracker.commitments.extraction.CommitmentExtractor;
import org.commitmenttracker.commitments.extraction.ExtractedCommitment;
import org.commitmenttracker.commitments.extraction.FoundDeadline;
import org.commitmenttracker.commitments.extraction.PlainText;
import org.commitmenttracker.commitments.store.Commitment;
import org.commitmenttracker.commitments.store.CommitmentStore;
import org.commitmenttracker.events.Answer;
import org.commitmenttracker.events.CommitmentExtracted;
import org.commitmenttracker.events.CommitmentSource;
import org.commitmenttracker.events.CommitmentStatus;
import org.commitmenttracker.events.Deadline;
import org.commitmenttracker.events.DeadlineKind;
import org.commitmenttracker.events.Quote;
import org.commitmenttracker.support.events.EventPublisher;
import org.springframework.stereotype.Service;

/**
 * Extracts an answer's commitments, stores them and publishes one {@link CommitmentExtracted} each. Idempotent: ids
 * are deterministic (answer id, position, wording), writes are upserts, and the events' ids derive from the answer
 * event's id, so a redelivered answer event changes nothing and republishes events consumers already have.
 */
@Service
public class AnswerProcessor {

    private final CommitmentExtractor extractor;
    private final CommitmentStore store;
    private final EventPublisher publisher;
    private final Clock clock;
    private final double reviewThreshold;

    AnswerProcessor(CommitmentExtractor extractor, CommitmentStore store, EventPublisher publisher, Clock clock,
                    CommitmentsProperties properties) {
        this.extractor = extractor;
        this.store = store;
        this.publisher = publisher;
        this.clock = clock;
        this.reviewThreshold = properties.reviewThreshold();
    }

    /** Extracts and stores the commitments of an answer or, with {@code statement}, a written ministerial statement. */
    public List<Commitment> process(String answerEventId, Answer answer, boolean statement) {
        Instant now = clock.instant();
        CommitmentSource source = new CommitmentSource(answer.id(), answer.house(), answer.answeringBody(),
                answer.answeredBy(), answer.askedBy(), answer.dateAnswered(), answer.heading(), answer.sourceUrl());
        // a holding answer ("I will reply as soon as possible") promises only the real answer
        List<ExtractedCommitment> found = answer.holding() ? List.of()
                : extractor.extract(PlainText.of(answer.answerText()), answer.dateAnswered(), statement);
        List<String> ids = commitmentIds(answer.id(), found);
        List<Commitment> stored = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            ExtractedCommitment c = found.get(i);
            stored.add(store.upsertExtracted(new Commitment(ids.get(i), source, new Quote(c.quote(), c.start(), c.end()),
                    c.action(), c.strength(), c.confidence(), deadline(c.deadline()), CommitmentStatus.OPEN,
                    c.confidence() < reviewThreshold ? "unreviewed" : "accepted", answerEventId, true, now, now)));
        }
        store.markAbsentFromLatestAnswer(answer.id(), ids);
        publisher.publishAll(stored.stream()
                .map(c -> new CommitmentExtracted(eventId(answerEventId, c.id()), now, c.id(), c.source(), c.quote(),
                        c.action(), c.strength(), c.confidence(), c.deadline(), c.status()))
                .toList());
        return stored;
    }

    /** A withdrawn question's commitments are no longer in its latest answer; staff's records of them are kept. */
    public void withdraw(String answerId) {
        store.markAbsentFromLatestAnswer(answerId, List.of());
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

    private static String eventId(String answerEventId, String commitmentId) {
        return UUID.nameUUIDFromBytes((answerEventId + "|" + commitmentId).getBytes(StandardCharsets.UTF_8)).toString();
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
