package org.commitmenttracker.ingest.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.commitmenttracker.ingest.IngestProperties;
import org.commitmenttracker.ingest.answers.AnswerIntake;
import org.commitmenttracker.ingest.jobs.Job;
import org.commitmenttracker.ingest.jobs.JobContext;
import org.commitmenttracker.ingest.jobs.JobEnd;
import org.commitmenttracker.ingest.jobs.JobError;
import org.commitmenttracker.ingest.jobs.JobKind;
import org.commitmenttracker.ingest.jobs.JobProgress;
import org.commitmenttracker.ingest.jobs.JobRunner;
import org.commitmenttracker.ingest.jobs.JobWork;
import org.commitmenttracker.support.events.EventPublishingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The work of an import job ({@link JobKind#IMPORT}): reads its uploaded file twice (once to check it and count its
 * records, once to take them in), hands the records to {@link AnswerIntake} in batches of {@link #BATCH}, as
 * {@code POST /api/answers} would take each, and reports its progress in the job. One bad record fails alone; the job
 * fails as a whole only when the file cannot be imported (before anything is taken in) or the import cannot go on (the
 * broker or the store is gone). The uploaded file is deleted when the job ends. Jobs run two at a time, each in file
 * order (a correction after its answer).
 */
@Component
class ImportWork implements JobWork {

    private static final Logger log = LoggerFactory.getLogger(ImportWork.class);

    /** The parameters of an import job. */
    static final String FORMAT = "format";
    static final String DATE_ANSWERED = "dateAnswered";

    /**
     * What became of the records taken in: {@code received}, {@code corrected}, {@code duplicate}, {@code superseded},
     * {@code withdrawn} (as {@code POST /api/answers} says), or {@code grouped} (a question answered together with
     * another, taken in once under that one).
     */
    static final List<String> OUTCOMES = List.of("received", "corrected", "duplicate", "superseded", "withdrawn", "grouped");
    static final String GROUPED = "grouped";

    /**
     * Answers taken in together: their events wait once for the broker, their records are written in one bulk write.
     * Large enough to make the round trips cheap, small enough that a stopped import has little to do again.
     */
    static final int BATCH = 200;
    /** How often a running job's counts are written: not once a record, which would double the store's work. */
    private static final Duration PROGRESS_INTERVAL = Duration.ofMillis(250);

    private static final Path UPLOAD_DIR = Path.of(System.getProperty("java.io.tmpdir"));

    private final AnswerIntake intake;
    private final JsonMapper json;
    private final IngestProperties properties;

    ImportWork(AnswerIntake intake, JsonMapper json, IngestProperties properties) {
        this.intake = intake;
        this.json = json;
        this.properties = properties;
    }

    /**
     * Where a job's uploaded file is kept while it runs: in the temporary folder, named by the job, so that the file of
     * a job cut short by a crash is found and deleted at the next start.
     */
    static Path uploadOf(String jobId) {
        return UPLOAD_DIR.resolve("tracker-import-" + jobId + ".upload");
    }

    static String outcome(AnswerIntake.Outcome outcome) {
        return outcome.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public JobKind kind() {
        return JobKind.IMPORT;
    }

    @Override
    public void abandoned(Job job) {
        delete(uploadOf(job.id()));
    }

    @Override
    public JobEnd run(Job job, JobContext context) {
        Path file = uploadOf(job.id());
        ImportParser parser = parser(ImportFormat.ofWireName(job.parameter(FORMAT)).orElseThrow(),
                job.parameter(DATE_ANSWERED) == null ? null : LocalDate.parse(job.parameter(DATE_ANSWERED)));
        Progress progress = new Progress(context);
        List<ImportRecord.Answer> batch = new ArrayList<>();
        try {
            context.counted(parser.count(file));
            parser.read(file, record -> take(record, batch, progress));
            takeIn(batch, progress);
            progress.flush();
            return JobEnd.completed();
        } catch (ImportRefusedException e) {
            return failed(e.reason(), progress);
        } catch (EventPublishingException e) {
            log.warn("Import {} stopped: the broker did not acknowledge an answer", job.id(), e);
            return failed(context.stopping() ? JobRunner.INTERRUPTED_BY_SHUTDOWN : "the event broker did not acknowledge "
                    + "an answer, so the import stopped after " + progress.records() + " records; import the file again "
                    + "(answers already taken in come out as duplicates)", progress);
        } catch (DataAccessException e) {
            log.warn("Import {} stopped: the store failed", job.id(), e);
            return failed(context.stopping() ? JobRunner.INTERRUPTED_BY_SHUTDOWN : "the answer store could not be "
                    + "reached, so the import stopped after " + progress.records() + " records; import the file again",
                    progress);
        } catch (IOException | UncheckedIOException e) {
            log.error("Import {} could not read its uploaded file", job.id(), e);
            return failed("the uploaded file could not be read back", progress);
        } catch (RuntimeException e) {
            log.error("Import {} stopped on an unexpected error", job.id(), e);
            return failed(context.stopping() ? JobRunner.INTERRUPTED_BY_SHUTDOWN : "the import stopped on an internal "
                    + "error after " + progress.records() + " records", progress);
        } finally {
            delete(file);
        }
    }

    private ImportParser parser(ImportFormat format, LocalDate dateAnswered) {
        IngestProperties.Imports imports = properties.imports();
        return switch (format) {
            case NDJSON -> new NdjsonParser(json, imports.maxLineChars());
            case PARLIAMENT_API -> new ParliamentApiPageParser(Math.max(imports.maxLineChars(), properties.maxAnswerTextChars()));
            case PARLPARSE -> new ParlparseParser(dateAnswered, properties.maxAnswerTextChars());
        };
    }

    /** Answers wait in {@code batch} to be taken in together; a withdrawal is taken in after the answers before it. */
    private void take(ImportRecord record, List<ImportRecord.Answer> batch, Progress progress) {
        if (progress.context.stopping()) {
            // between two records, so that none is left half taken in
            throw new ImportRefusedException(JobRunner.INTERRUPTED_BY_SHUTDOWN);
        }
        if (record instanceof ImportRecord.Unreadable unreadable) {
            progress.failed(unreadable.place(), unreadable.reason());
        } else if (record instanceof ImportRecord.Grouped) {
            progress.done(GROUPED);
        } else if (record instanceof ImportRecord.Withdrawal withdrawal) {
            takeIn(batch, progress);
            try {
                progress.done(outcome(intake.withdraw(withdrawal.answerId()).outcome()));
            } catch (EventPublishingException | DataAccessException e) {
                throw e;
            } catch (RuntimeException e) {
                log.warn("Import record {} could not be taken in", record.place(), e);
                progress.failed(record.place(), "could not be taken in because of an internal error");
            }
        } else if (record instanceof ImportRecord.Answer answer) {
            batch.add(answer);
            if (batch.size() >= BATCH) {
                takeIn(batch, progress);
            }
        }
    }

    /** Takes the waiting answers in together ({@link AnswerIntake#receiveAll}), and empties the batch. */
    private void takeIn(List<ImportRecord.Answer> batch, Progress progress) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            List<AnswerIntake.Result> results = intake.receiveAll(batch.stream().map(ImportRecord.Answer::request).toList());
            for (int i = 0; i < batch.size(); i++) {
                AnswerIntake.Result result = results.get(i);
                if (result.outcome() == AnswerIntake.Outcome.INVALID) {
                    progress.failed(batch.get(i).place(), AnswerIntake.describe(result.errors()));
                } else {
                    progress.done(outcome(result.outcome()));
                }
            }
        } catch (EventPublishingException | DataAccessException e) {
            throw e;
        } catch (RuntimeException e) {
            log.warn("Import records {} to {} could not be taken in", batch.get(0).place(), batch.get(batch.size() - 1).place(), e);
            batch.forEach(answer -> progress.failed(answer.place(), "could not be taken in because of an internal error"));
        } finally {
            batch.clear();
        }
    }

    private static JobEnd failed(String reason, Progress progress) {
        Thread.interrupted(); // an interrupted thread cannot talk to the store; the counts so far are worth recording
        try {
            progress.flush();
        } catch (RuntimeException e) {
            log.warn("Could not record an import's last counts before it failed ({})", reason, e);
        }
        return JobEnd.failed(reason);
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the uploaded import file {}", file, e);
        }
    }

    /** A job's counts since they were last written, written at most every {@link #PROGRESS_INTERVAL}. */
    private static final class Progress {

        private final JobContext context;
        private final Map<String, Long> outcomes = new HashMap<>();
        private final List<JobError> errors = new ArrayList<>();
        private long done;
        private long failed;
        private long written;
        private long lastWrite = System.nanoTime();

        Progress(JobContext context) {
            this.context = context;
        }

        void done(String outcome) {
            done++;
            outcomes.merge(outcome, 1L, Long::sum);
            writeIfDue();
        }

        void failed(String place, String reason) {
            failed++;
            errors.add(new JobError(place, reason));
            writeIfDue();
        }

        long records() {
            return written + done + failed;
        }

        private void writeIfDue() {
            if (System.nanoTime() - lastWrite >= PROGRESS_INTERVAL.toNanos()) {
                flush();
            }
        }

        void flush() {
            if (done == 0 && failed == 0) {
                return;
            }
            context.progressed(new JobProgress(done, failed, outcomes, errors));
            written += done + failed;
            done = 0;
            failed = 0;
            outcomes.clear();
            errors.clear();
            lastWrite = System.nanoTime();
        }
    }
}
