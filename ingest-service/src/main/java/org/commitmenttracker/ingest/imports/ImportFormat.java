package org.commitmenttracker.ingest.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.http.MediaType;

/** The kinds of file {@code POST /api/imports} takes, told apart by the request's content type. */
enum ImportFormat {

    /** One {@code POST /api/answers} JSON object a line. */
    NDJSON("ndjson", MediaType.APPLICATION_NDJSON),
    /** A results page of the UK Parliament Written Questions (or Statements) API. */
    PARLIAMENT_API("parliament-api", MediaType.APPLICATION_JSON),
    /** A parlparse (TheyWorkForYou) written-answers XML file. */
    PARLPARSE("parlparse", MediaType.APPLICATION_XML, MediaType.TEXT_XML);

    private final String wireName;
    private final List<MediaType> mediaTypes;

    ImportFormat(String wireName, MediaType... mediaTypes) {
        this.wireName = wireName;
        this.mediaTypes = List.of(mediaTypes);
    }

    /** As jobs report it: {@code ndjson}, {@code parliament-api} or {@code parlparse}. */
    String wireName() {
        return wireName;
    }

    static Optional<ImportFormat> of(MediaType contentType) {
        return Arrays.stream(values())
                .filter(format -> format.mediaTypes.stream().anyMatch(contentType::equalsTypeAndSubtype))
                .findFirst();
    }

    static Optional<ImportFormat> ofWireName(String name) {
        return Arrays.stream(values()).filter(format -> format.wireName.equals(name)).findFirst();
    }
}
