package org.commitmenttracker.commitments.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.commitmenttracker.events.CommitmentSource;
import org.commitmenttracker.events.CommitmentStatus;
import org.commitmenttracker.events.Deadline;
import org.commitmenttracker.events.DeadlineKind;
import org.commitmenttracker.events.Quote;
import org.commitmenttracker.events.ReviewState;
import org.commitmenttracker.events.Strength;
import org.commitmenttracker.localinfra.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Keyword search, filters, orders, paging and facets, on the MongoDB wire server (which has no $text). */
class SearchIT {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static MongoClient client;
    private static MongoCommitmentStore store;
    private static final String DFT = "Department for Transport";
    private static final String DHSC = "Department of Health and Social Care";
    private static String run;

    @BeforeAll
    static void seed() {
        client = MongoClients.create(TestInfrastructure.endpoints().mongoUri());
        store = new MongoCommitmentStore(new MongoTemplate(client, "search-it-" + UUID.randomUUID()));
        run = UUID.randomUUID().toString().substring(0, 8);
        insert("a", DFT, "Lord Davies", LocalDate.of(2024, 3, 1), "We will publish the rail freight strategy in the spring.",
                "publish the rail freight strategy", "Railways: Freight", LocalDate.of(2024, 5, 31), CommitmentStatus.OPEN,
                ReviewState.ACCEPTED);
        insert("b", DFT, "Lord Davies", LocalDate.of(2025, 6, 1), "We are publishing guidance on road safety this year.",
                "publish guidance on road safety", "Roads: Safety", LocalDate.of(2025, 12, 31), CommitmentStatus.IN_PROGRESS,
                ReviewState.UNREVIEWED);
        insert("c", DHSC, "Baroness Merron", LocalDate.of(2025, 9, 1), "We will consult on the strategy for dementia care.",
                "consult on the dementia care strategy", "Dementia", null, CommitmentStatus.OPEN, ReviewState.CONFIRMED);
        insert("d", DHSC, "Baroness Merron", LocalDate.of(2026, 1, 5), "The hospital plan will be delivered by 2030.",
                "deliver the hospital plan", "Hospitals", LocalDate.of(2030, 12, 31), CommitmentStatus.DELIVERED,
                ReviewState.CONFIRMED);
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @Test
    void keywordsMatchTheirStemsInTheQuoteTheActionOrTheHeadingAndAllMustMatch() {
        assertThat(ids(query("strategies", null, null, CommitmentQuery.Order.ANSWERED_OLDEST))).containsExactly("a", "c");
        assertThat(ids(query("published freight", null, null, null))).containsExactly("a");
        assertThat(ids(query("Safety", null, null, null))).as("from the heading and the quote").containsExactly("b");
        assertThat(ids(query("strategy hospital", null, null, null))).isEmpty();
        assertThat(ids(query("the of", null, null, null))).as("only stop words: no keyword filter").hasSize(4);
    }

    @Test
    void filtersCombine() {
        assertThat(ids(query(null, DFT, null, CommitmentQuery.Order.ANSWERED_OLDEST))).containsExactly("a", "b");
        assertThat(ids(query(null, DHSC, CommitmentStatus.OPEN, null))).containsExactly("c");
        assertThat(ids(search(new CommitmentQuery(null, null, "Lord Davies", null, ReviewState.UNREVIEWED, null, null,
                null, null, null, null, TODAY, 0, 10)))).containsExactly("b");
        assertThat(ids(search(new CommitmentQuery(null, null, null, null, null, null, LocalDate.of(2025, 12, 31),
                LocalDate.of(2024, 6, 1), null, null, null, TODAY, 0, 10)))).as("due between").containsExactly("b");
        assertThat(ids(search(new CommitmentQuery(null, null, null, null, null, null, null, null,
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), CommitmentQuery.Order.ANSWERED_OLDEST, TODAY, 0, 10))))
                .as("answered in 2025").containsExactly("b", "c");
        assertThat(ids(search(new CommitmentQuery(null, null, null, null, null, true, null, null, null, null, null,
                TODAY, 0, 10)))).as("overdue on 10 March 2026").containsExactly("b", "a");
    }

    @Test
    void ordersAndPagesNeverOverlap() {
        assertThat(ids(query(null, null, null, null))).as("newest answers first").containsExactly("d", "c", "b", "a");
        assertThat(ids(query(null, null, null, CommitmentQuery.Order.DEADLINE))).as("undated last")
                .containsExactly("a", "b", "d", "c");
        assertThat(ids(query(null, null, null, CommitmentQuery.Order.DEADLINE_LATEST))).containsExactly("d", "b", "a", "c");
        CommitmentPage first = search(new CommitmentQuery(null, null, null, null, null, null, null, null, null, null,
                CommitmentQuery.Order.DEADLINE, TODAY, 0, 3));
        CommitmentPage second = search(new CommitmentQuery(null, null, null, null, null, null, null, null, null, null,
                CommitmentQuery.Order.DEADLINE, TODAY, 1, 3));
        assertThat(first.total()).isEqualTo(4);
        assertThat(ids(first)).containsExactly("a", "b", "d");
        assertThat(ids(second)).containsExactly("c");
    }

    @Test
    void facetsCountEverythingTheSearchMatchesLargestFirst() {
        CommitmentFacets facets = store.facets(new CommitmentQuery(null, null, null, null, null, null, null, null, null,
                null, null, TODAY, 0, 1));

        assertThat(facets.department()).containsExactly(new CommitmentFacets.Count(DFT, 2), new CommitmentFacets.Count(DHSC, 2));
        assertThat(facets.status()).containsExactly(new CommitmentFacets.Count("open", 2),
                new CommitmentFacets.Count("delivered", 1), new CommitmentFacets.Count("in_progress", 1));
        assertThat(facets.review()).startsWith(new CommitmentFacets.Count("confirmed", 2));
        assertThat(facets.deadlineKind()).containsExactly(new CommitmentFacets.Count("explicit", 3),
                new CommitmentFacets.Count("none", 1));
        assertThat(facets.year()).containsExactly(new CommitmentFacets.Count("2025", 2),
                new CommitmentFacets.Count("2024", 1), new CommitmentFacets.Count("2026", 1));
        assertThat(facets.minister()).hasSize(2);

        CommitmentFacets narrowed = store.facets(new CommitmentQuery("strategy", null, null, null, null, null, null, null,
                null, null, null, TODAY, 0, 10));
        assertThat(narrowed.department()).containsExactly(new CommitmentFacets.Count(DFT, 1), new CommitmentFacets.Count(DHSC, 1));
    }

    private static CommitmentPage query(String keywords, String department, CommitmentStatus status,
                                        CommitmentQuery.Order order) {
        return search(new CommitmentQuery(keywords, department, null, status, null, null, null, null, null, null, order,
                TODAY, 0, 10));
    }

    private static CommitmentPage search(CommitmentQuery query) {
        return store.search(query);
    }

    private static List<String> ids(CommitmentPage page) {
        return page.items().stream().map(c -> c.id().substring(c.id().lastIndexOf('-') + 1)).toList();
    }

    private static void insert(String name, String department, String minister, LocalDate answered, String quote,
                               String action, String heading, LocalDate deadline, CommitmentStatus status,
                               ReviewState review) {
        Deadline due = deadline == null ? Deadline.none() : new Deadline("by " + deadline, deadline, DeadlineKind.EXPLICIT);
        Commitment c = new Commitment("cmt-" + run + "-" + name, new CommitmentSource("uk-parliament:lords:x:" + name,
                "lords", department, minister, null, answered, heading, null), new Quote(quote, 0, quote.length()),
                new Finding(action, Strength.FIRM, due), null, 0.9, status, review, List.of(), null, "event", true, false,
                1, 1, List.of(), List.of(), null, Instant.EPOCH, Instant.EPOCH);
        assertThat(store.insert(c)).isTrue();
    }
}
