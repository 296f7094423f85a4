package org.commitmenttracker.commitments.threads;

import java.text.BreakIterator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.commitmenttracker.events.DepartmentLines;
import org.commitmenttracker.commitments.store.Commitment;
import org.commitmenttracker.commitments.store.CommitmentStore;
import org.commitmenttracker.commitments.store.Keywords;
import org.commitmenttracker.commitments.store.Suggestion;
import org.commitmenttracker.commitments.store.ThreadLink;
import org.commitmenttracker.commitments.tracking.CommitmentWrites;
import org.commitmenttracker.events.Answer;
import org.commitmenttracker.events.CommitmentStatus;
import org.commitmenttracker.events.Evidence;
import org.springframework.stereotype.Component;

/**
 * Finds an answer's place in the threads of earlier commitments, in the answering department's line
 * ({@link DepartmentLines}): each of its commitments that is the same undertaking as an earlier one
 * ({@link ThreadRules#sameUndertaking}) is linked to it, both ways; and each earlier, still outstanding commitment that
 * one of its sentences reports done ({@link ThreadRules#reportsDone}) is linked to the answer, with a suggestion that
 * it is delivered, that sentence and the answer's link as evidence (when the answer has one), for an editor to accept.
 * Links are never made twice.
 */
@Component
public class ThreadFinder {

    /** The earlier commitments looked at, at most, per commitment and per answer. */
    static final int CANDIDATES = 50;
    /** The answer's search terms used to find commitments it may report on. */
    static final int REPORT_TERMS = 60;

    private final CommitmentStore store;
    private final CommitmentWrites writes;

    ThreadFinder(CommitmentStore store, CommitmentWrites writes) {
        this.store = store;
        this.writes = writes;
    }

    /**
     * An answer to thread, with its commitments as stored.
     *
     * @param plainText the answer's text as plain text
     */
    public record Threading(Answer answer, String plainText, List<Commitment> commitments) {
    }

    /** What one answer searches for: a search for each of its tracked commitments, and one for what it reports. */
    private record Plan(Threading threading, List<Commitment> later, int firstSearch, int reportSearch) {
    }

    /**
     * Threads the answers, one after the other, with the candidates of every answer read at once.
     *
     * @return the commitments the links changed, each once, as stored
     */
    public List<Commitment> afterAnswers(List<Threading> answers, Instant now) {
        List<CommitmentStore.ThreadSearch> searches = new ArrayList<>();
        List<Plan> plans = new ArrayList<>();
        for (Threading t : answers) {
            Answer answer = t.answer();
            if (answer.answeringBody() == null || answer.dateAnswered() == null) {
                continue; // no line and no order to thread by
            }
            List<String> line = DepartmentLines.lineOf(answer.answeringBody());
            List<Commitment> later = t.commitments().stream().filter(Commitment::tracked).toList();
            int first = searches.size();
            for (Commitment c : later) {
                searches.add(new CommitmentStore.ThreadSearch(line, Keywords.of(c.action()), answer.dateAnswered(),
                        answer.id(), CANDIDATES));
            }
            List<String> terms = Keywords.of(t.plainText());
            searches.add(new CommitmentStore.ThreadSearch(line, terms.subList(0, Math.min(REPORT_TERMS, terms.size())),
                    answer.dateAnswered(), answer.id(), CANDIDATES));
            plans.add(new Plan(t, later, first, searches.size() - 1));
        }
        if (plans.isEmpty()) {
            return List.of();
        }
        List<List<Commitment>> candidates = store.threadCandidates(searches);
        Map<String, Commitment> changed = new LinkedHashMap<>();
        for (Plan plan : plans) {
            thread(plan, candidates, now, changed);
        }
        return new ArrayList<>(changed.values());
    }

    private void thread(Plan plan, List<List<Commitment>> candidates, Instant now, Map<String, Commitment> changed) {
        Answer answer = plan.threading().answer();
        for (int i = 0; i < plan.later().size(); i++) {
            Commitment later = plan.later().get(i);
            for (Commitment earlier : candidates.get(plan.firstSearch() + i)) {
                if (!ThreadRules.sameUndertaking(earlier.action(), later.action())) {
                    continue;
                }
                link(earlier.id(), new ThreadLink(answer.id(), later.id(), answer.dateAnswered(), answer.answeringBody(),
                        later.action(), true, Commitment.SERVICE, now), null, "a later answer follows it up", now, changed);
                link(later.id(), new ThreadLink(earlier.source().answerId(), earlier.id(), earlier.source().dateAnswered(),
                        earlier.source().department(), earlier.action(), false, Commitment.SERVICE, now), null,
                        "it follows up an earlier commitment", now, changed);
            }
        }
        ThreadRules.ReadText text = null; // read once, if there is anything it may report done
        for (Commitment earlier : candidates.get(plan.reportSearch())) {
            if (!earlier.status().isOutstanding() || earlier.linkedToText(answer.id())) {
                continue;
            }
            if (text == null) {
                text = ThreadRules.ReadText.of(sentences(plan.threading().plainText()));
            }
            ThreadRules.reportOf(text, earlier.action()).ifPresent(sentence -> {
                // evidence is a link: without the answer's address there is a link in the thread but no suggestion
                Suggestion delivered = answer.sourceUrl() == null ? null : new Suggestion(CommitmentStatus.DELIVERED,
                        sentence, new Evidence(answer.sourceUrl(), answer.heading() == null ? "Answer " + answer.id()
                                : answer.heading(), answer.dateAnswered()), null, answer.id(), now);
                link(earlier.id(), new ThreadLink(answer.id(), null, answer.dateAnswered(), answer.answeringBody(), sentence,
                        true, Commitment.SERVICE, now), delivered, "a later answer reports it done", now, changed);
            });
        }
    }

    private void link(String id, ThreadLink link, Suggestion suggestion, String note, Instant now,
                      Map<String, Commitment> changed) {
        writes.apply(id, stored -> stored
                        .filter(c -> link.commitmentId() != null ? !c.linkedTo(link.commitmentId()) : !c.linkedToText(link.answerId()))
                        .map(c -> c.linked(link, suggestion, Commitment.SERVICE, note, now)))
                .ifPresent(c -> changed.put(c.id(), c));
    }

    static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.UK);
        breaks.setText(text);
        for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            String sentence = text.substring(start, end).strip();
            if (!sentence.isEmpty()) {
                sentences.add(sentence);
            }
        }
        return sentences;
    }
}
