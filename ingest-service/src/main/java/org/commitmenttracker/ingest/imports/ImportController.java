package org.commitmenttracker.ingest.imports;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;

import jakarta.servlet.http.HttpServletRequest;
import org.commitmenttracker.ingest.IngestProperties;
import org.commitmenttracker.ingest.jobs.Job;
import org.commitmenttracker.ingest.jobs.JobError;
import org.commitmenttracker.ingest.jobs.JobKind;
import org.commitmenttracker.ingest.jobs.JobProblems;
import org.commitmenttracker.ingest.jobs.JobRunner;
import org.commitmenttracker.support.web.FieldError;
import org.commitmenttracker.support.web.NotFoundException;
import org.commitmenttracker.support.web.RequestValidationException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bulk imports. {@code POST /api/imports} takes a file as the request body, its kind told by the content type:
 * <ul>
 * <li>{@code application/x-ndjson}: one {@code POST /api/answers} JSON object a line;</li>
 * <li>{@code application/json}: a results page of the UK Parliament Written Questions API;</li>
 * <li>{@code application/xml} (or {@code text/xml}): a parlparse written-answers file. Such a file does not say when
 * the answers were given: pass {@code ?dateAnswered=YYYY-MM-DD}, or the date in each question's id (the date it was
 * tabled) is taken.</li>
 * </ul>
 * It answers {@code 202} with the job ({@code Location: /api/imports/{id}}) once the body is stored; the records are
 * taken in in the background. {@code 413} for a body over {@code ingest.imports.max-body-size}, {@code 415} for
 * another content type, {@code 400} for an empty body. {@code GET /api/imports/{id}} reports the job.
 */
@RestController
@RequestMapping("/api/imports")
class ImportController {

    private final JobRunner jobs;
    private final IngestProperties properties;
    private final Clock clock;

    ImportController(JobRunner jobs, IngestProperties properties, Clock clock) {
        this.jobs = jobs;
        this.clock = clock;
        this.properties = properties;
    }

    @PostMapping(consumes = {MediaType.APPLICATION_NDJSON_VALUE, MediaType.APPLICATION_JSON_VALUE,
            MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE})
    ResponseEntity<ImportJobResponse> start(HttpServletRequest request,
                                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                            LocalDate dateAnswered) throws IOException {
        ImportFormat format = ImportFormat.of(MediaType.parseMediaType(request.getContentType())).orElseThrow();
        if (dateAnswered != null && format != ImportFormat.PARLPARSE) {
            throw new RequestValidationException(List.of(new FieldError("dateAnswered",
                    "applies to parlparse XML imports only; the other formats carry their own dates")));
        }
        DataSize max = properties.imports().maxBodySize();
        if (request.getContentLengthLong() > max.toBytes()) {
            throw ImportProblems.tooLarge(max);
        }
        String id = UUID.randomUUID().toString();
        Path file = ImportWork.uploadOf(id);
        try {
            BodySpool.spool(request.getInputStream(), max.toBytes(), file);
        } catch (BodySpool.TooLargeException e) {
            throw ImportProblems.tooLarge(max);
        }
        if (Files.size(file) == 0) {
            Files.deleteIfExists(file);
            throw ImportProblems.emptyBody();
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(ImportWork.FORMAT, format.wireName());
        if (dateAnswered != null) {
            parameters.put(ImportWork.DATE_ANSWERED, dateAnswered.toString());
        }
        Job job;
        try {
            // the job owns the file from here on: it is deleted when the job ends, however it ends
            job = jobs.start(Job.queued(id, JobKind.IMPORT, parameters, 0, null, clock.instant()));
        } catch (RejectedExecutionException e) {
            throw JobProblems.busy("imports");
        } catch (RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return ResponseEntity.accepted().location(URI.create("/api/imports/" + job.id())).body(ImportJobResponse.of(job));
    }

    @GetMapping("/{id}")
    ImportJobResponse job(@PathVariable String id) {
        return jobs.find(id).filter(job -> job.kind() == JobKind.IMPORT).map(ImportJobResponse::of)
                .orElseThrow(() -> new NotFoundException("There is no such import job."));
    }

    /**
     * An import job.
     *
     * @param format   {@code ndjson}, {@code parliament-api} or {@code parlparse}
     * @param state    {@code queued}, {@code running}, {@code completed} (whatever records failed) or {@code failed}
     *                 (the file could not be imported, or the import could not go on: see {@code reason})
     * @param total    the records in the file, once it has been read through (0 before)
     * @param done     records taken in, whatever their outcome
     * @param failed   records that could not be taken in
     * @param outcomes records by outcome: {@code received}, {@code corrected}, {@code duplicate},
     *                 {@code superseded}, {@code withdrawn}, {@code grouped} (answered together with another
     *                 question, taken in once under that one)
     * @param errors   the first failed records (all are counted), each with its place in the file and the reason
     */
    record ImportJobResponse(String id, String format, String state, long total, long done, long failed,
                             Map<String, Long> outcomes, List<JobError> errors, String reason, Instant createdAt,
                             Instant startedAt, Instant finishedAt) {

        static ImportJobResponse of(Job job) {
            Map<String, Long> outcomes = new LinkedHashMap<>();
            for (String outcome : ImportWork.OUTCOMES) {
                outcomes.put(outcome, job.count(outcome));
            }
            return new ImportJobResponse(job.id(), job.parameter(ImportWork.FORMAT), job.state().wireName(), job.total(),
                    job.done(), job.failed(), outcomes, job.errors(), job.reason(), job.createdAt(), job.startedAt(),
                    job.finishedAt());
        }
    }
}
