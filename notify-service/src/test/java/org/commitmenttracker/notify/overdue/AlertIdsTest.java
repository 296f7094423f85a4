package org.commitmenttracker.notify.overdue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class AlertIdsTest {

    @Test
    void theAlertEventIdIsTheSameForTheSameDeadlineAndNewForARevisedOne() {
        String first = AlertIds.alertEventId("cmt-4be5a1c09f3d2e17", LocalDate.parse("2020-05-31"));

        assertThat(AlertIds.alertEventId("cmt-4be5a1c09f3d2e17", LocalDate.parse("2020-05-31"))).isEqualTo(first);
        assertThat(AlertIds.alertEventId("cmt-4be5a1c09f3d2e17", LocalDate.parse("2020-08-31"))).isNotEqualTo(first);
        assertThat(AlertIds.alertEventId("cmt-0000000000000000", LocalDate.parse("2020-05-31"))).isNotEqualTo(first);
        assertThat(UUID.fromString(first).version()).as("name-based").isEqualTo(3);
        assertThat(AlertIds.alertId("cmt-4be5a1c09f3d2e17", LocalDate.parse("2020-05-31")))
                .isEqualTo("cmt-4be5a1c09f3d2e17:2020-05-31");
    }
}
