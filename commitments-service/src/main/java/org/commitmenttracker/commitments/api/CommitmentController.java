package org.commitmenttracker.commitments.api;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;
import org.commitmenttracker.commitments.CommitmentsProperties;
import org.commitmenttracker.commitments.store.AnswerText;
import org.commitmenttracker.commitments.store.AnswerTextStore;
import org.commitmenttracker.commitments.store.Commitment;
import org.commitmenttracker.commitments.store.CommitmentPage;
import org.commitmenttracker.commitments.store.CommitmentQuery;
import org.commitmenttracker.commitments.store.CommitmentStore;
import org.commitmenttracker.events.OverdueRule;
import org.commitmenttracker.events.Quote;
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
    private final AnswerTextStore texts;
    private final Clock clock;

    CommitmentController(CommitmentStore store, AnswerTextStore texts, CommitmentsProperties properties, Clock clock) {
        this.store = store;
        this.texts = texts;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * A search: keywords, filters, an order and a page, and, with {@code facets=true}, facet counts over everything
     * that matches (an aggregation over all of it, so only on request); overdue is derived by the {@link OverdueRule}.
     */
    @GetMapping
    CommitmentPageResponse list(@Valid @ModelAttribute CommitmentFilter filter) {
        LocalDate today = today();
        CommitmentQuery query = filter.toQuery(today, filter.pageNumber(), filter.pageSize());
        CommitmentPage result = store.search(query);
        return new CommitmentPageResponse(result.items().stream().map(c -> CommitmentResponse.of(c, today)).toList(),
                filter.pageNumber(), filter.pageSize(), result.total(),
                Boolean.TRUE.equals(filter.facets()) ? store.facets(query) : null);
    }

    @GetMapping("/{id}")
    CommitmentResponse get(@PathVariable String id) {
        Commitment commitment = store.find(id).orElseThrow(() -> new NotFoundException("No commitment with id " + id));
        return CommitmentResponse.of(commitment, today());
    }

    /** The commitment's answer in full, as plain text, with where its quote is in it. */
    @GetMapping("/{id}/answer")
    AnswerResponse answer(@PathVariable String id) {
        Commitment commitment = store.find(id).orElseThrow(() -> new NotFoundException("No commitment with id " + id));
        AnswerText text = texts.find(commitment.source().answerId())
                .orElseThrow(() -> new NotFoundException("The text of answer " + commitment.source().answerId()
                        + " is not stored; it was read before answer texts were kept"));
        return new AnswerResponse(text.answerId(), text.text(), commitment.quote(), commitment.inLatestAnswer());
    }

    /**
     * @param quote          where the commitment's quote is in {@code text} (its offsets hold only while the
     *                       commitment is in the latest answer)
     */
    record AnswerResponse(String answerId, String text, Quote quote, boolean inLatestAnswer) {
    }

    private LocalDate today() {
        return OverdueRule.today(clock, properties.zone());
    }
}
