package org.commitmenttracker.ingest.imports;

/** A whole import file cannot be imported (or read further); the reason is written for the person importing. */
class ImportRefusedException extends RuntimeException {

    ImportRefusedException(String reason) {
        super(reason);
    }

    String reason() {
        return getMessage();
    }
}
