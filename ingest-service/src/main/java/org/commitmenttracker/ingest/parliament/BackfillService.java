package org.commitmenttracker.ingest.parliament;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;

import org.commitmenttracker.ingest.jobs.Job;
import org.commitmenttracker.ingest.jobs.JobKind;
import org.commitmenttracker.ingest.jobs.JobProblems;
import org.commitmenttracker.ingest.jobs.JobRunner;
import org.commitmenttracker.support.web.FieldError;
import org.commitmenttracker.support.web.NotFoundException;
import org.commitmenttracker.support.web.RequestValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Backfills: a range of days back to {@link #EARLIEST} taken in from the API as a job ({@link BackfillWork}), run in
 * the background by the {@link JobRunner}, one backfill at a time so that they stay polite together; one stopped by a
 * restart resumes from its checkpoint.
 */
@Service
class BackfillService {

    /** The first day the Written Questions API has answers for. */
    static final LocalDate EARLIEST = LocalDate.of(2014, 1, 1);

    private static final Logger log = LoggerFactory.getLogger(BackfillService.class);

    private final JobRunner jobs;
    private final Clock clock;

    BackfillService(JobRunner jobs, Clock clock) {
        this.jobs = jobs;
        this.clock = clock;
    }

    /** Checks the range, records the job and queues it. */
    Job start(BackfillRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.from() == null) {
            errors.add(new FieldError("from", "is required"));
        }
        if (request.to() == null) {
            errors.add(new FieldError("to", "is required"));
        }
        LocalDate today = LocalDate.now(clock);
        if (request.from() != null && request.to() != null) {
            if (request.from().isAfter(request.to())) {
                errors.add(new FieldError("from", "must not be after to"));
            }
        }
        if (request.from() != null && request.from().isBefore(EARLIEST)) {
            errors.add(new FieldError("from", "must not be before " + EARLIEST + ", the API's first answers"));
        }
        if (request.to() != null && request.to().isAfter(today)) {
            errors.add(new FieldError("to", "must not be after today (" + today + ")"));
        }
        if (!errors.isEmpty()) {
            throw new RequestValidationException(errors);
        }
        int total = (int) ChronoUnit.DAYS.between(request.from(), request.to()) + 1;
        Job job = Job.queued(UUID.randomUUID().toString(), JobKind.BACKFILL,
                Map.of(BackfillWork.FROM, request.from().toString(), BackfillWork.TO, request.to().toString()), total,
                request.from().toString(), clock.instant());
        try {
            jobs.start(job);
        } catch (RejectedExecutionException e) {
            throw JobProblems.busy("backfills");
        }
        log.info("Backfill {} queued: {} to {}, {} days", job.id(), request.from(), request.to(), total);
        return job;
    }

    Job find(String id) {
        return jobs.find(id).filter(job -> job.kind() == JobKind.BACKFILL)
                .orElseThrow(() -> new NotFoundException("No backfill job " + id + "."));
    }
}
