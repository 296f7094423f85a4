package org.commitmenttracker.commitments.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.commitmenttracker.events.CommitmentSource;
import org.commitmenttracker.events.CommitmentStatus;
import org.commitmenttracker.events.Deadline;
import org.commitmenttracker.events.DeadlineKind;
import org.commitmenttracker.events.OverdueRule;
import org.commitmenttracker.events.Quote;
import org.commitmenttracker.events.ReviewState;
import org.commitmenttracker.events.Strength;
import org.commitmenttracker.localinfra.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The store's overdue filter is a query; the {@link OverdueRule} is Java. Over every kind of deadline, status and
 * tracking, on the MongoDB wire server, the query finds exactly what the rule says.
 */
class OverdueQueryIT {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static MongoClient client;
    private static MongoCommitmentStore store;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(TestInfrastructure.endpoints().mongoUri());
        store = new MongoCommitmentStore(new MongoTemplate(client, "overdue-query-test"));
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @Test
    void theQueryFindsWhatTheRuleSaysOverdueAndTheRestAsNotOverdue() {
        String department = "Department " + UUID.randomUUID();
        List<Commitment> all = new ArrayList<>();
        List<Deadline> deadlines = new ArrayList<>(List.of(
                new Deadline("by 9 March", TODAY.minusDays(1), DeadlineKind.EXPLICIT),
                new Deadline("today", TODAY, DeadlineKind.EXPLICIT),
                new Deadline("next year", TODAY.plusYears(1), DeadlineKind.EXPLICIT),
                new Deadline("in due course", TODAY.minusMonths(2), DeadlineKind.IMPLIED),
                new Deadline("soon", TODAY.minusMonths(2), DeadlineKind.NONE),
                new Deadline("in the spring", null, DeadlineKind.EXPLICIT),
                Deadline.none()));
        int n = 0;
        for (Deadline deadline : deadlines) {
            for (CommitmentStatus status : CommitmentStatus.values()) {
                for (int tracking = 0; tracking < 4; tracking++) {
                    Commitment c = new Commitment("cmt-q-" + UUID.randomUUID(), source(department),
                            new Quote("We will do it.", 0, 14), new Finding("do it " + n++, Strength.FIRM, deadline), null,
                            0.9, status, tracking == 3 ? ReviewState.REJECTED : ReviewState.ACCEPTED, List.of(), null,
                            "event", tracking != 1, tracking == 2, 1, 0, List.of(), List.of(), null, Instant.EPOCH, Instant.EPOCH);
                    assertThat(store.insert(c)).isTrue();
                    all.add(c);
                }
            }
        }
        Set<String> ruleSaysOverdue = all.stream()
                .filter(c -> OverdueRule.isOverdue(c.deadline(), c.status(), c.tracked(), TODAY))
                .map(Commitment::id).collect(Collectors.toSet());
        assertThat(ruleSaysOverdue).as("the matrix has overdue commitments").hasSize(4);

        assertThat(ids(department, true)).isEqualTo(ruleSaysOverdue);
        assertThat(ids(department, false)).hasSize(all.size() - ruleSaysOverdue.size()).doesNotContainAnyElementsOf(ruleSaysOverdue);
    }

    private static Set<String> ids(String department, boolean overdue) {
        CommitmentPage page = store.search(new CommitmentQuery(null, department, null, null, null, overdue,
                null, null, null, null, null, TODAY, 0, 1000));
        return page.items().stream().map(Commitment::id).collect(Collectors.toSet());
    }

    private static CommitmentSource source(String department) {
        return new CommitmentSource("uk-parliament:commons:2026-01-02:1", "commons", department, null, null,
                LocalDate.of(2026, 1, 2), null, null);
    }
}
