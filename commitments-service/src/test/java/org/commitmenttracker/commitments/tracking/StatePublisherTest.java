package org.commitmenttracker.commitments.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.commitmenttracker.commitments.store.Commitment;
import org.commitmenttracker.commitments.store.Finding;
import org.commitmenttracker.events.CommitmentExtracted;
import org.commitmenttracker.events.CommitmentSource;
import org.commitmenttracker.events.Deadline;
import org.commitmenttracker.events.DeadlineKind;
import org.commitmenttracker.events.Quote;
import org.commitmenttracker.events.ReviewState;
import org.commitmenttracker.events.Strength;
import org.junit.jupiter.api.Test;

class StatePublisherTest {

    private static final CommitmentSource SOURCE = new CommitmentSource("uk-parliament:commons:2024-01-02:1", "commons",
            "Cabinet Office", null, null, LocalDate.of(2024, 1, 10), null, null);

    @Test
    void anExtractionEventPublishedLateSaysWhatItsVersionWasAndKeepsItsId() {
        Instant first = Instant.parse("2024-01-10T09:00:00Z");
        Commitment v1 = extracted("in the spring", LocalDate.of(2024, 5, 31), first);
        Commitment v2 = v1.reExtracted(extracted("in the summer", LocalDate.of(2024, 8, 31), first.plusSeconds(60)),
                first.plusSeconds(60)).orElseThrow();

        // the broker was down for both: version 1's event is published from version 2's document
        CommitmentExtracted late = (CommitmentExtracted) StatePublisher.changeEvent(v2, v2.history().get(0));
        CommitmentExtracted now = (CommitmentExtracted) StatePublisher.changeEvent(v2, v2.history().get(1));

        assertThat(late.version()).isEqualTo(1);
        assertThat(late.deadline().date()).isEqualTo("2024-05-31");
        assertThat(late.eventId()).isEqualTo(StatePublisher.changeEvent(v1, v1.history().get(0)).eventId());
        assertThat(now.version()).isEqualTo(2);
        assertThat(now.deadline().date()).isEqualTo("2024-08-31");
    }

    private static Commitment extracted(String text, LocalDate date, Instant at) {
        return Commitment.extracted("cmt-1", SOURCE, new Quote("We will publish the plan " + text + ".", 0, 30),
                new Finding("publish the plan", Strength.FIRM, new Deadline(text, date, DeadlineKind.EXPLICIT)), 0.95,
                ReviewState.ACCEPTED, "event", at);
    }
}
