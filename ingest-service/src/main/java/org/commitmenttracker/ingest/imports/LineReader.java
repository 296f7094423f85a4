package org.commitmenttracker.ingest.imports;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads text line by line without ever holding more than {@code maxChars} characters of a line: a longer line is
 * read to its end and reported as too long, its text dropped. Lines end with {@code \n} or {@code \r\n}; a leading
 * byte-order mark is skipped.
 */
final class LineReader implements Closeable {

    /**
     * @param number 1-based, counting every line, blank or not
     * @param text   the line without its line ending, or null if it was longer than the limit
     */
    record Line(long number, String text, boolean blank) {

        boolean tooLong() {
            return text == null;
        }
    }

    private final Reader reader;
    private final int maxChars;
    private final char[] buffer = new char[8192];
    private final StringBuilder line = new StringBuilder();
    private int position;
    private int limit;
    private long number;
    private boolean atStart = true;

    LineReader(Reader reader, int maxChars) {
        this.reader = reader;
        this.maxChars = maxChars;
    }

    /** The next line, or null at the end of the text. */
    Line next() throws IOException {
        line.setLength(0);
        boolean overflow = false;
        boolean blank = true;
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = reader.read(buffer);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (!any) {
                        return null;
                    }
                    return finish(overflow, blank);
                }
                if (atStart) {
                    atStart = false;
                    if (buffer[0] == '\uFEFF') {
                        position = 1;
                        continue;
                    }
                }
            }
            any = true;
            int end = position;
            while (end < limit && buffer[end] != '\n') {
                if (blank && !Character.isWhitespace(buffer[end])) {
                    blank = false;
                }
                end++;
            }
            if (!overflow) {
                // one character more than the limit is kept so that a trailing \r can still be told apart
                if (line.length() + (end - position) > maxChars + 1) {
                    overflow = true;
                    line.setLength(0);
                } else {
                    line.append(buffer, position, end - position);
                }
            }
            if (end < limit) {
                position = end + 1;
                return finish(overflow, blank);
            }
            position = limit;
        }
    }

    private Line finish(boolean overflow, boolean blank) {
        number++;
        if (!overflow && line.length() > 0 && line.charAt(line.length() - 1) == '\r') {
            line.setLength(line.length() - 1);
        }
        if (overflow || line.length() > maxChars) {
            return new Line(number, null, false);
        }
        return new Line(number, line.toString(), blank);
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
