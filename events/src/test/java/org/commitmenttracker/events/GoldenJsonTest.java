package org.commitmenttracker.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The golden files are the wire format. A change to a record that changes its JSON fails here: make it additive,
 * update the golden file in the same commit, and say so in the AsyncAPI document.
 */
class GoldenJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static final CommitmentSource SOURCE = new CommitmentSource("uk-parliament:lords:2019-10-24:HL401", "lords",
            "Cabinet Office", "Earl Howe", "Lord Kennedy of Southwark", LocalDate.of(2019, 11, 5),
            "General Elections: Disinformation", "https://www.theyworkforyou.com/wrans/?id=2019-10-24.HL401.h");
    static final Quote QUOTE = new Quote("We will publish the consultation in the spring of 2020.", 0, 55);
    static final Answer STATEMENT = new Answer("uk-parliament:commons:2020-02-27:HCWS132", "commons", "HCWS132",
            LocalDate.of(2020, 2, 27), LocalDate.of(2020, 2, 27), "HM Treasury", "Rishi Sunak", null, "Treasury Update", null,
            "The second forecast will be laid in Parliament on 13 March.", null);
    static final Evidence EVIDENCE = new Evidence("https://www.gov.uk/government/consultations/electoral-integrity",
            "Electoral integrity: consultation", LocalDate.of(2020, 6, 4));
    static final Deadline DEADLINE = new Deadline("in the spring of 2020", LocalDate.of(2020, 5, 31), DeadlineKind.EXPLICIT);

    static Stream<Arguments> events() {
        return Stream.of(
                Arguments.of("answer-received.v1.json", new AnswerReceived("3f1c2b1e-8a0d-4c55-9d8e-2b7f4f0d9a11",
                        Instant.parse("2019-11-05T10:15:30Z"),
                        new Answer("uk-parliament:lords:2019-10-24:HL401", "lords", "HL401", LocalDate.of(2019, 10, 24),
                                LocalDate.of(2019, 11, 5), "Cabinet Office", "Earl Howe", "Lord Kennedy of Southwark",
                                "General Elections: Disinformation",
                                "To ask Her Majesty's Government what steps they are planning to take to prevent fake advertisements.",
                                "This included commitments to launch a consultation on electoral integrity and implement a digital imprints regime for online election material.",
                                "https://www.theyworkforyou.com/wrans/?id=2019-10-24.HL401.h"),
                        "9c1185a5c5e9fc54612808977ee8f548b2258d31")),
                Arguments.of("answer-corrected.v1.json", new AnswerCorrected("0b8f6c4e-2d4a-4e0b-a1c3-6f0e5d2c7b19",
                        Instant.parse("2019-11-06T09:00:00Z"),
                        new Answer("uk-parliament:lords:2019-10-24:HL401", "lords", "HL401", LocalDate.of(2019, 10, 24),
                                LocalDate.of(2019, 11, 5), "Cabinet Office", "Earl Howe", null,
                                "General Elections: Disinformation", null,
                                "We will publish the consultation in the spring of 2020.", null),
                        "1b6453892473a467d07372d45eb05abc2031647a", "9c1185a5c5e9fc54612808977ee8f548b2258d31")),
                Arguments.of("answer-withdrawn.v1.json", new AnswerWithdrawn("5c0e9f1a-2b3d-4e5f-8a9b-0c1d2e3f4a5b",
                        Instant.parse("2019-11-20T16:00:00Z"), "uk-parliament:lords:2019-10-24:HL401")),
                Arguments.of("statement-received.v1.json", new StatementReceived("7d1e2f3a-4b5c-4d6e-9f0a-1b2c3d4e5f6a",
                        Instant.parse("2020-02-27T12:00:00Z"), STATEMENT, "aa11")),
                Arguments.of("statement-corrected.v1.json", new StatementCorrected("8e2f3a4b-5c6d-4e7f-8a1b-2c3d4e5f6a7b",
                        Instant.parse("2020-02-28T12:00:00Z"), STATEMENT, "bb22", "aa11")),
                Arguments.of("commitment-extracted.v1.json", new CommitmentExtracted("6a7b0f2e-51c1-3d8e-b0a4-27a3b1c4d5e6",
                        Instant.parse("2019-11-05T10:15:31Z"), "cmt-4be5a1c09f3d2e17", SOURCE, QUOTE,
                        "publish the consultation", Strength.FIRM, 0.8, DEADLINE, CommitmentStatus.OPEN, 1)),
                Arguments.of("commitment-changed.v1.json", new CommitmentChanged("9e8d7c6b-5a4f-3e2d-9c1b-0a9f8e7d6c5b",
                        Instant.parse("2020-06-10T09:30:00Z"), "cmt-4be5a1c09f3d2e17", 3, ChangeKind.STATUS_CHANGED,
                        "editor:alice", "Published on 4 June 2020.",
                        List.of(new FieldChange("status", "open", "delivered")), List.of(EVIDENCE))),
                Arguments.of("commitment-state.v1.json", new CommitmentState("4c2d8e1a-9b3f-3c5d-8e7f-1a2b3c4d5e6f",
                        Instant.parse("2020-06-10T09:30:00Z"), "cmt-4be5a1c09f3d2e17", 3, SOURCE, QUOTE,
                        "publish the consultation", Strength.FIRM, 0.8, DEADLINE, CommitmentStatus.DELIVERED,
                        ReviewState.CONFIRMED, List.of(EVIDENCE), null, true, false, true,
                        List.of(new ThreadEntry("uk-parliament:commons:2020-06-01:54321", "cmt-9a8b7c6d5e4f3a2b1c0d",
                                LocalDate.of(2020, 6, 8), "Cabinet Office", "publish the response to the consultation",
                                true)), null)),
                Arguments.of("commitment-due_soon.v1.json", new CommitmentDueSoon("1f2e3d4c-5b6a-3978-8695-a4b3c2d1e0f9",
                        Instant.parse("2020-05-17T08:00:00Z"), "cmt-4be5a1c09f3d2e17", SOURCE,
                        "publish the consultation", QUOTE, DEADLINE, CommitmentStatus.OPEN, LocalDate.of(2020, 5, 31))),
                Arguments.of("commitment-withdrawn.v1.json", new CommitmentWithdrawn("7a6b5c4d-3e2f-3a1b-9c8d-7e6f5a4b3c2d",
                        Instant.parse("2019-11-20T16:00:05Z"), "cmt-4be5a1c09f3d2e17", SOURCE,
                        "publish the consultation", QUOTE, DEADLINE, CommitmentStatus.OPEN)),
                Arguments.of("commitment-overdue.v1.json", new CommitmentOverdue("d2a5c1f0-7e3b-3a4c-9f1d-0c8b7a6e5d4f",
                        Instant.parse("2026-11-28T12:00:00Z"), "cmt-4be5a1c09f3d2e17", SOURCE,
                        "publish the consultation", QUOTE, DEADLINE, CommitmentStatus.OPEN, LocalDate.of(2020, 6, 1))),
                Arguments.of("commitment-status_changed.v1.json", new CommitmentStatusChanged(
                        "3b4c5d6e-7f80-3912-a3b4-c5d6e7f80912", Instant.parse("2020-06-10T09:30:02Z"),
                        "cmt-4be5a1c09f3d2e17", 3, SOURCE, "publish the consultation", QUOTE, DEADLINE,
                        CommitmentStatus.DELIVERED, CommitmentStatus.OPEN, List.of(EVIDENCE))),
                Arguments.of("commitment-found.v1.json", new CommitmentFound("5c6d7e8f-9012-3a4b-b5c6-d7e8f9012a3b",
                        Instant.parse("2019-11-05T10:15:33Z"), "cmt-4be5a1c09f3d2e17", SOURCE,
                        "publish the consultation", QUOTE, Strength.FIRM, 0.8, DEADLINE, CommitmentStatus.OPEN,
                        ReviewState.ACCEPTED)),
                Arguments.of("webhook-disabled.v1.json", new WebhookDisabled("8d9e0f1a-2b3c-3d4e-95f6-a7b8c9d0e1f2",
                        Instant.parse("2026-11-30T14:00:00Z"), "0b6f3c52-8f4e-4a7d-9c1e-2d5a6b7c8d9e",
                        "https://receiver.example.org/hooks/tracker", "receiver answered 410 Gone")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void recordSerialisesExactlyToItsGoldenFile(String file, TrackerEvent event) throws IOException {
        // read back from the bytes on the wire, so that numbers compare as JSON numbers, not as Java types
        JsonNode written = JSON.readTree(JSON.writeValueAsBytes(event));
        assertThat(written).isEqualTo(golden(file));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void goldenFileReadsBackIntoTheSameRecord(String file, TrackerEvent event) throws IOException {
        TrackerEvent read = JSON.treeToValue(golden(file), EventType.of(event).recordType());
        assertThat(read).isEqualTo(event);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void subjectIsTheIdTheEventIsAbout(String file, TrackerEvent event) {
        String expected = event instanceof CommitmentAlert || event instanceof CommitmentExtracted
                || event instanceof CommitmentChanged || event instanceof CommitmentState
                ? "cmt-4be5a1c09f3d2e17"
                : event instanceof WebhookDisabled ? "0b6f3c52-8f4e-4a7d-9c1e-2d5a6b7c8d9e"
                : event instanceof StatementReceived || event instanceof StatementCorrected
                ? "uk-parliament:commons:2020-02-27:HCWS132" : "uk-parliament:lords:2019-10-24:HL401";
        assertThat(event.subject()).isEqualTo(expected);
    }

    private static JsonNode golden(String file) throws IOException {
        try (InputStream in = GoldenJsonTest.class.getResourceAsStream("/golden/" + file)) {
            assertThat(in).as("golden file %s", file).isNotNull();
            return JSON.readTree(in);
        }
    }
}
