package org.commitmenttracker.ingest.parliament;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A written ministerial statement as the API gives it ({@code StatementsViewModel}). */
@JsonIgnoreProperties(ignoreUnknown = true)
record WrittenStatement(
        Long id,
        String uin,
        String title,
        String text,
        String dateMade,
        String house,
        ApiMember member,
        String answeringBodyName) {
}
