package org.commitmenttracker.ingest.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BodySpoolTest {

    @TempDir
    Path dir;

    @Test
    void copiesABodyWithinTheLimitToAFile() throws Exception {
        byte[] body = "x".repeat(100_000).getBytes();

        Path file = dir.resolve("upload");
        BodySpool.spool(new ByteArrayInputStream(body), body.length, file);

        assertThat(Files.readAllBytes(file)).isEqualTo(body);
    }

    @Test
    void refusesOnceMoreThanTheLimitArrivedAndKeepsNothing() throws IOException {
        assertThatThrownBy(() -> BodySpool.spool(new ByteArrayInputStream(new byte[200_001]), 200_000, dir.resolve("upload")))
                .isInstanceOf(BodySpool.TooLargeException.class);
        try (var left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }
}
