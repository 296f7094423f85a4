package org.commitmenttracker.ingest.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads one import file, streaming: never the whole file in memory. {@link #count} is a first pass that takes nothing
 * in; {@link #read} hands over exactly as many records as {@link #count} counted, in file order.
 */
interface ImportParser {

    /**
     * Reads the whole file once, checking that it can be imported at all, and counts its records.
     *
     * @throws ImportRefusedException if the file cannot be imported (not well-formed, a DTD, not the expected shape)
     */
    long count(Path file) throws IOException;

    /**
     * Reads the records, one at a time; a bad record becomes an {@link ImportRecord.Unreadable}, never an exception.
     *
     * @throws ImportRefusedException if reading cannot go on
     */
    void read(Path file, Consumer<ImportRecord> records) throws IOException;
}
