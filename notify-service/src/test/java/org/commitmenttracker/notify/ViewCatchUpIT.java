package org.commitmenttracker.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;

import org.commitmenttracker.events.CommitmentStatus;
import org.commitmenttracker.notify.tracking.ViewCatchUp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaAdmin;

/** The overdue scan waits for the view: states published before it first asks must all have been applied. */
class ViewCatchUpIT extends NotifyIntegrationTest {

    @Autowired
    KafkaAdmin kafkaAdmin;

    @Autowired
    NotifyProperties properties;

    @Test
    void notCaughtUpWhileAStatePublishedBeforeTheFirstQuestionIsUnreadThenCaughtUpForGood() {
        listeners.stop();
        ViewCatchUp catchUp = new ViewCatchUp(kafkaAdmin, properties);
        try {
            events.publish(commitment(uniqueCommitmentId(), explicit(LocalDate.parse("2020-05-31")), CommitmentStatus.OPEN));

            assertThat(catchUp.caughtUp()).isFalse();
            assertThat(catchUp.caughtUp()).as("asked again, with the listener still stopped").isFalse();

            listeners.start();
            await().atMost(Duration.ofSeconds(20)).until(catchUp::caughtUp);
            // once caught up, a state published later does not make it wait again
            listeners.stop();
            events.publish(commitment(uniqueCommitmentId(), explicit(LocalDate.parse("2020-05-31")), CommitmentStatus.OPEN));
            assertThat(catchUp.caughtUp()).isTrue();
        } finally {
            listeners.start();
            catchUp.destroy();
        }
    }
}
