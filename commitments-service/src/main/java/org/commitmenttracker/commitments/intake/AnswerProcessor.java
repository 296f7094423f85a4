package org.commitmenttracker.commitments.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

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

    AnswerProcessor(CommitmentExtractor extractor, CommitmentStore store, EventPublisher publisher, Clock clock) {
        this.extractor = extractor;
        this.store = store;
        this.publisher = publisher;
        this.clock = clock;
    }

    public List<Commitment> process(String answerEventId, Answer answer) {
        Instant now = clock.instant();
        CommitmentSource source = new CommitmentSource(answer.id(), answer.house(), answer.answeringBody(),
                answer.answeredBy(), answer.askedBy(), answer.dateAnswered(), answer.heading(), answer.sourceUrl());
        List<Commitment> stored = extractor.extract(PlainText.of(answer.answerText()), answer.dateAnswered()).stream()
                .map(found -> store.upsertExtracted(new Commitment(commitmentId(answer.id(), found), source,
                        new Quote(found.quote(), found.start(), found.end()), found.action(), found.strength(),
                        found.confidence(), deadline(found.deadline()), CommitmentStatus.OPEN, "unreviewed",
                        answerEventId, now, now)))
                .toList();
        publisher.publishAll(stored.stream()
                .map(c -> new CommitmentExtracted(eventId(answerEventId, c.id()), now, c.id(), c.source(), c.quote(),
                        c.action(), c.strength(), c.confidence(), c.deadline(), c.status()))
                .toList());
        return stored;
    }

    /** Deterministic from the answer id and the commitment's position and wording. */
    static String commitmentId(String answerId, ExtractedCommitment c) {
        String key = answerId + "|" + c.start() + "|" + c.position() + "|" + c.action().toLowerCase(Locale.ROOT);
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
