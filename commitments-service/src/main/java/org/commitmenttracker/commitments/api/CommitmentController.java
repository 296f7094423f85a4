package org.commitmenttracker.commitments.api;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;
import org.commitmenttracker.commitments.CommitmentsProperties;
import org.commitmenttracker.commitments.store.Commitment;
import org.commitmenttracker.commitments.store.CommitmentPage;
import org.commitmenttracker.commitments.store.CommitmentStore;
import org.commitmenttracker.events.OverdueRule;
import org.commitmenttracker.support.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The tracking API: search and read commitments. */
@RestController
@RequestMapping("/api/commitments")
class CommitmentController {

    private final CommitmentStore store;
    private final CommitmentsProperties properties;
    private final Clock clock;

    CommitmentController(CommitmentStore store, CommitmentsProperties properties, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * A search: keywords, filters, an order and a page, with facet counts over everything that matches; overdue is
     * derived by the {@link OverdueRule}.
     */
    @GetMapping
    CommitmentPageResponse list(@Valid @ModelAttribute CommitmentFilter filter) {
        LocalDate today = today();
        CommitmentPage result = store.search(filter.toQuery(today, filter.pageNumber(), filter.pageSize()));
        return new CommitmentPageResponse(result.items().stream().map(c -> CommitmentResponse.of(c, today)).toList(),
                filter.pageNumber(), filter.pageSize(), result.total(), result.facets());
    }

    @GetMapping("/{id}")
    CommitmentResponse get(@PathVariable String id) {
        Commitment commitment = store.find(id).orElseThrow(() -> new NotFoundException("No commitment with id " + id));
        return CommitmentResponse.of(commitment, today());
    }

    private LocalDate today() {
        return OverdueRule.today(clock, properties.zone());
    }
}
