package org.commitmenttracker.commitments.reextraction;

import java.net.URI;

import org.commitmenttracker.support.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Re-extraction of every stored answer as a job (admin, through the gateway). */
@RestController
@RequestMapping("/api/commitments/reextract")
class ReextractionController {

    private final Reextraction reextraction;

    ReextractionController(Reextraction reextraction) {
        this.reextraction = reextraction;
    }

    @PostMapping
    /** Reads every stored answer again with the engine the service runs now, keeping staff's records. */
    ResponseEntity<ReextractionJob> start() {
        ReextractionJob job = reextraction.start();
        return ResponseEntity.accepted().location(URI.create("/api/commitments/reextract/" + job.id())).body(job);
    }

    @GetMapping("/{id}")
    /** A re-extraction job's progress. */
    ReextractionJob get(@PathVariable String id) {
        return reextraction.find(id).orElseThrow(() -> new NotFoundException("No re-extraction job " + id + "."));
    }
}
