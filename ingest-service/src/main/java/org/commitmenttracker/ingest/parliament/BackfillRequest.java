package org.commitmenttracker.ingest.parliament;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/** {@code POST /api/ingest/backfill}: the days to take in again from the API, both included, at most 366 of them. */
record BackfillRequest(@NotNull LocalDate from, @NotNull LocalDate to) {
}
