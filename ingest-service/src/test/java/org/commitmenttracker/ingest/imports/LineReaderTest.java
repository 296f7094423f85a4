package org.commitmenttracker.ingest.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class LineReaderTest {

    @Test
    void linesLongerThanTheLimitAreReportedWithoutTheirTextAcrossBufferBoundaries() throws IOException {
        String longLine = "y".repeat(20_000);
        List<LineReader.Line> lines = readAll("a\r\n" + longLine + "\n" + "b".repeat(10) + "\n\n" + "c", 10);

        assertThat(lines).containsExactly(
                new LineReader.Line(1, "a", false),
                new LineReader.Line(2, null, false),
                new LineReader.Line(3, "bbbbbbbbbb", false),
                new LineReader.Line(4, "", true),
                new LineReader.Line(5, "c", false));
    }

    @Test
    void aLineOfExactlyTheLimitEndingInCarriageReturnIsKept() throws IOException {
        assertThat(readAll("0123456789\r\n", 10)).containsExactly(new LineReader.Line(1, "0123456789", false));
    }

    private static List<LineReader.Line> readAll(String text, int max) throws IOException {
        List<LineReader.Line> lines = new ArrayList<>();
        try (LineReader reader = new LineReader(new StringReader(text), max)) {
            for (LineReader.Line line = reader.next(); line != null; line = reader.next()) {
                lines.add(line);
            }
        }
        return lines;
    }
}
