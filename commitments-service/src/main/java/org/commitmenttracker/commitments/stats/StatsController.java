package org.commitmenttracker.commitments.stats;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.commitmenttracker.commitments.CommitmentsProperties;
import org.commitmenttracker.commitments.store.CommitmentStore;
import org.commitmenttracker.events.OverdueRule;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The tracker's figures: counts by status, the department league table, overdue over time. */
@RestController
@RequestMapping("/api/stats")
class StatsController {

    private final CommitmentStore store;
    private final CommitmentsProperties properties;
    private final Clock clock;

    StatsController(CommitmentStore store, CommitmentsProperties properties, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    /** @param months how many month ends to count overdue commitments at, up to this month (1 to 120) */
    @GetMapping
    StatsResponse stats(@RequestParam(defaultValue = "24") @Min(1) @Max(120) int months) {
        LocalDate today = OverdueRule.today(clock, properties.zone());
        Stats stats = new Stats(today, properties.zone(), months);
        store.forEachTracked(stats::add);
        return stats.result();
    }
}
