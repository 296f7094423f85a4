package org.commitmenttracker.ingest.answers;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

import org.commitmenttracker.events.Answer;

/**
 * What makes two versions of an answer the same answer: its ids, dates, who asked and answered, its texts, whether it
 * is a holding answer and which questions it answers together. Where it was read from ({@code sourceUrl}) is not
 * content, and neither is how the record happens to be serialised: a field added to the event record, or a source
 * that links the same text elsewhere, is no correction.
 * <p>
 * The hash is SHA-256 over each field in a fixed order, each written as its length and its UTF-8 bytes (a missing one
 * as length -1), so that no two different answers can run together into the same bytes.
 */
final class AnswerContent {

    private AnswerContent() {
    }

    static String hash(Answer answer) {
        List<String> fields = new ArrayList<>(List.of("answer-content/v1"));
        fields.add(answer.id());
        fields.add(answer.house());
        fields.add(answer.uin());
        fields.add(Objects.toString(answer.dateTabled(), null));
        fields.add(Objects.toString(answer.dateAnswered(), null));
        fields.add(answer.answeringBody());
        fields.add(answer.answeredBy());
        fields.add(answer.askedBy());
        fields.add(answer.heading());
        fields.add(answer.questionText());
        fields.add(answer.answerText());
        fields.add(Boolean.toString(answer.holding()));
        fields.add(Integer.toString(answer.groupedUins().size()));
        fields.addAll(answer.groupedUins().stream().sorted().toList());
        MessageDigest digest = sha256();
        for (String field : fields) {
            byte[] bytes = field == null ? new byte[0] : field.getBytes(StandardCharsets.UTF_8);
            digest.update(ByteBuffer.allocate(4).putInt(field == null ? -1 : bytes.length).array());
            digest.update(bytes);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
