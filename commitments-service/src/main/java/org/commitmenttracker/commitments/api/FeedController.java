package org.commitmenttracker.commitments.api;

import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import jakarta.validation.constraints.Size;
import org.commitmenttracker.commitments.CommitmentsProperties;
import org.commitmenttracker.commitments.store.Commitment;
import org.commitmenttracker.commitments.store.CommitmentQuery;
import org.commitmenttracker.commitments.store.CommitmentStore;
import org.commitmenttracker.events.OverdueRule;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * An Atom feed (written by Rome) of the commitments that went overdue most recently, overall or for one department:
 * one entry per commitment and deadline, updated on the first day it was overdue, newest first.
 */
@RestController
@RequestMapping("/api/feeds")
class FeedController {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    static final int ENTRIES = 50;

    private final CommitmentStore store;
    private final CommitmentsProperties properties;
    private final Clock clock;

    FeedController(CommitmentStore store, CommitmentsProperties properties, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/overdue.atom")
    ResponseEntity<String> overdue(@RequestParam(required = false) @Size(min = 1, max = 200) String department)
            throws FeedException, java.io.IOException {
        LocalDate today = OverdueRule.today(clock, properties.zone());
        List<Commitment> overdue = store.search(new CommitmentQuery(null, department, null, null, null, true, null, null,
                null, null, CommitmentQuery.Order.DEADLINE_LATEST, today, 0, ENTRIES)).items();
        Feed feed = new Feed("atom_1.0");
        feed.setId("urn:commitment-tracker:feeds:overdue" + (department == null ? "" : ":" + department));
        feed.setTitle("Overdue government commitments" + (department == null ? "" : ": " + department));
        feed.setUpdated(overdue.isEmpty() ? startOf(today) : startOf(since(overdue.get(0))));
        Person tracker = new Person();
        tracker.setName("Commitment tracker");
        feed.setAuthors(List.of(tracker));
        feed.setEntries(overdue.stream().map(this::entry).toList());
        StringWriter xml = new StringWriter();
        new WireFeedOutput().output(feed, xml);
        return ResponseEntity.ok().contentType(ATOM).body(xml.toString());
    }

    private Entry entry(Commitment c) {
        Entry entry = new Entry();
        entry.setId("urn:commitment-tracker:overdue:" + c.id() + ":" + c.deadline().date());
        entry.setTitle("Overdue: " + c.action() + " (" + c.source().department() + ")");
        entry.setUpdated(startOf(since(c)));
        Content summary = new Content();
        summary.setType("text");
        summary.setValue(c.quote().text() + " (" + c.source().minister() + ", " + c.source().dateAnswered() + "; due "
                + c.deadline().date() + ")");
        entry.setSummary(summary);
        if (c.source().sourceUrl() != null) {
            Link link = new Link();
            link.setRel("alternate");
            link.setHref(c.source().sourceUrl());
            entry.setAlternateLinks(List.of(link));
        }
        return entry;
    }

    private static LocalDate since(Commitment c) {
        return OverdueRule.overdueSince(c.deadline().date());
    }

    private Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(properties.zone()).toInstant());
    }
}
