package org.commitmenttracker.commitments.reextraction;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.PreDestroy;
import org.commitmenttracker.commitments.intake.AnswerProcessor;
import org.commitmenttracker.commitments.store.AnswerText;
import org.commitmenttracker.commitments.store.AnswerTextStore;
import org.commitmenttracker.support.web.FieldProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;

/**
 * Reads every stored answer again with the engine the service runs now (after an engine upgrade, say), a page at a
 * time, through the same path as answer events ({@link AnswerProcessor#processAll}): commitments found again keep
 * their ids and everything staff recorded (edits, status, review, evidence, links); those read differently get a new
 * version, new ones are added, and those the engine no longer finds are marked dropped; every change is published.
 * Withdrawn answers are left as they are. An answer that cannot be read or stored again is counted {@code failed} and
 * logged, and the job goes on. One job runs at a time (on one instance: two instances of the service each run the
 * jobs they start or find running), in the background; its checkpoint is the last answer read, so a job that a
 * restart interrupted resumes after it when the service starts again. Reading an answer twice changes nothing the
 * second time. An answer event that the listener stores while the job holds the same answer's page wins if it is
 * stored first (the job leaves that answer out); one stored in the moment between that check and the job's write is
 * written over by the older version until the next event for it: a narrow race, not closed here.
 */
@Service
public class Reextraction {

    private static final Logger log = LoggerFactory.getLogger(Reextraction.class);

    /** Answers read and stored together: one batch of the answers listener's size. */
    static final int PAGE = 100;

    private final AnswerTextStore answers;
    private final AnswerProcessor processor;
    private final ReextractionJobStore jobs;
    private final Clock clock;
    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
    private volatile boolean stopping;

    Reextraction(AnswerTextStore answers, AnswerProcessor processor, ReextractionJobStore jobs, Clock clock) {
        this.answers = answers;
        this.processor = processor;
        this.jobs = jobs;
        this.clock = clock;
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setThreadNamePrefix("reextract-");
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(30);
        executor.initialize();
    }

    /**
     * Starts a job, unless one is running.
     *
     * @throws FieldProblemException (409) if one is running
     */
    public synchronized ReextractionJob start() {
        Optional<ReextractionJob> running = jobs.running().stream().findFirst();
        if (running.isPresent()) {
            throw FieldProblemException.conflict("job", "re-extraction " + running.get().id()
                    + " is running; wait for it to end (GET /api/commitments/reextract/" + running.get().id() + ")");
        }
        Instant now = clock.instant();
        ReextractionJob job = new ReextractionJob(UUID.randomUUID().toString(), ReextractionJob.RUNNING, answers.count(),
                0, 0, 0, 0, null, null, now, now);
        jobs.insert(job);
        log.info("Re-extraction {} started: {} answers", job.id(), job.total());
        executor.execute(() -> run(job.id()));
        return job;
    }

    public Optional<ReextractionJob> find(String id) {
        return jobs.find(id);
    }

    /** Resumes the jobs a previous run of the service left running, each after its checkpoint. */
    @EventListener(ApplicationReadyEvent.class)
    void resumeUnfinished() {
        for (ReextractionJob job : jobs.running()) {
            log.info("Re-extraction {} resumes after answer {}", job.id(), job.checkpoint());
            executor.execute(() -> run(job.id()));
        }
    }

    private void run(String id) {
        try {
            String checkpoint = jobs.find(id).map(ReextractionJob::checkpoint).orElse(null);
            while (!stopping) {
                List<AnswerText> page = answers.page(checkpoint, PAGE);
                if (page.isEmpty()) {
                    jobs.finished(id, ReextractionJob.DONE, null, clock.instant());
                    log.info("Re-extraction {} done", id);
                    return;
                }
                List<AnswerProcessor.Extracted> again = new ArrayList<>();
                long skipped = 0;
                long failed = 0;
                for (AnswerText text : page) {
                    if (text.answer() == null || text.withdrawn()) {
                        skipped++;
                        continue;
                    }
                    try {
                        again.add(processor.extract(text.lastAnswerEventId(), text.answer(), text.statement()));
                    } catch (RuntimeException e) {
                        log.warn("Re-extraction {}: answer {} could not be read again", id, text.answerId(), e);
                        failed++;
                    }
                }
                // an answer whose event came meanwhile is the listener's: its newer version stands
                again = unchanged(again);
                long changed;
                try {
                    changed = processor.processAll(again).size();
                } catch (RuntimeException together) {
                    changed = 0;
                    for (AnswerProcessor.Extracted answer : again) {
                        try {
                            changed += processor.processAll(List.of(answer)).size();
                        } catch (RuntimeException e) {
                            if (stopping) {
                                throw e;
                            }
                            log.warn("Re-extraction {}: answer {} could not be stored", id, answer.answer().id(), e);
                            failed++;
                        }
                    }
                }
                checkpoint = page.get(page.size() - 1).answerId();
                jobs.progressed(id, page.size(), changed, skipped, failed, checkpoint, clock.instant());
            }
            log.info("Re-extraction {} stopped by a shutdown; it resumes when the service starts again", id);
        } catch (RuntimeException e) {
            if (stopping) {
                log.info("Re-extraction {} stopped by a shutdown; it resumes when the service starts again", id);
                return;
            }
            log.error("Re-extraction {} failed", id, e);
            try {
                jobs.finished(id, ReextractionJob.FAILED, "stopped on " + e.getClass().getSimpleName()
                        + "; start a new one (answers read already change nothing the second time)", clock.instant());
            } catch (RuntimeException again) {
                log.warn("Could not record that re-extraction {} failed; it resumes at the next start", id, again);
            }
        }
    }

    /** The answers whose stored version is still the one read: a newer one came through the listener meanwhile. */
    private List<AnswerProcessor.Extracted> unchanged(List<AnswerProcessor.Extracted> read) {
        Map<String, AnswerText> now = answers.findAll(read.stream().map(a -> a.answer().id()).toList());
        return read.stream().filter(a -> {
            AnswerText stored = now.get(a.answer().id());
            return stored != null && !stored.withdrawn() && Objects.equals(stored.lastAnswerEventId(), a.answerEventId());
        }).toList();
    }

    /** Lets the page in hand finish (its answers are then stored whole), then stops; the job resumes at the next start. */
    @PreDestroy
    void stop() {
        stopping = true;
        executor.shutdown();
    }
}
