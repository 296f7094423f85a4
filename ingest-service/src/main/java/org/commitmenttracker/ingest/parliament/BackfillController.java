package org.commitmenttracker.ingest.parliament;

import java.net.URI;

import jakarta.validation.Valid;
import org.commitmenttracker.ingest.jobs.Job;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/ingest/backfill {"from": "2024-01-01", "to": "2024-03-31"}}: 202 with the job and its
 * {@code Location}; {@code GET /api/ingest/backfill/{id}}: the job's progress. The gateway lets only admins here.
 */
@RestController
@RequestMapping("/api/ingest/backfill")
class BackfillController {

    private final BackfillService backfills;

    BackfillController(BackfillService backfills) {
        this.backfills = backfills;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<BackfillJobResponse> start(@Valid @RequestBody BackfillRequest request) {
        Job job = backfills.start(request);
        // relative, so that it holds through the gateway
        return ResponseEntity.accepted().location(URI.create("/api/ingest/backfill/" + job.id()))
                .body(BackfillJobResponse.of(job));
    }

    @GetMapping("/{id}")
    BackfillJobResponse get(@PathVariable String id) {
        return BackfillJobResponse.of(backfills.find(id));
    }
}
