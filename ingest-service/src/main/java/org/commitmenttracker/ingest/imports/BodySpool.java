package org.commitmenttracker.ingest.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Copies a request body to a temporary file, never holding it in memory, and stops once it is too large. */
final class BodySpool {

    /** The body was larger than the limit; nothing of it is kept. */
    static final class TooLargeException extends Exception {

        TooLargeException() {
            super(null, null, false, false);
        }
    }

    private BodySpool() {
    }

    /**
     * @param file the file to make, readable by this user only where the file system says so (the caller deletes it)
     * @throws TooLargeException once more than {@code maxBytes} arrived (the file is deleted)
     */
    static void spool(InputStream body, long maxBytes, Path file) throws IOException, TooLargeException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
        boolean kept = false;
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                total += n;
                if (total > maxBytes) {
                    throw new TooLargeException();
                }
                out.write(buffer, 0, n);
            }
            kept = true;
        } finally {
            if (!kept) {
                Files.deleteIfExists(file);
            }
        }
    }
}
