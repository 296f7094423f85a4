package org.commitmenttracker.commitments.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.commitmenttracker.commitments.api.CommitmentCsv;
import org.commitmenttracker.events.CommitmentSource;
import org.commitmenttracker.events.Deadline;
import org.commitmenttracker.events.DeadlineKind;
import org.commitmenttracker.events.Quote;
import org.commitmenttracker.events.ReviewState;
import org.commitmenttracker.events.Strength;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * {@code bin/bench-export}: stores N commitments in a MongoDB wire server of its own process, then streams them all
 * through the CSV export (the store's cursor and {@link CommitmentCsv}, as {@code GET /api/commitments/export.csv}
 * does), and prints the rows per second, the bytes written, and this JVM's peak heap beside its maximum: a run with
 * a heap smaller than the data shows the export does not hold the rows.
 */
public final class BenchExport {

    private BenchExport() {
    }

    public static void main(String[] args) throws IOException {
        String uri = args[0];
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        try (MongoClient client = MongoClients.create(uri)) {
            MongoTemplate mongo = new MongoTemplate(client, "bench-export-" + UUID.randomUUID());
            MongoCommitmentStore store = new MongoCommitmentStore(mongo);
            long insertStart = System.nanoTime();
            List<MongoCommitmentStore.CommitmentDocument> batch = new ArrayList<>();
            for (int i = 0; i < rows; i++) {
                batch.add(MongoCommitmentStore.CommitmentDocument.of(commitment(i)));
                if (batch.size() == 1000) {
                    mongo.insert(batch, MongoCommitmentStore.COLLECTION);
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                mongo.insert(batch, MongoCommitmentStore.COLLECTION);
            }
            double insertSeconds = (System.nanoTime() - insertStart) / 1e9;
            System.out.printf("stored %,d commitments in %.1f s%n", rows, insertSeconds);
            resetPeaks();

            CountingStream out = new CountingStream();
            long[] written = {0};
            long start = System.nanoTime();
            try (CommitmentCsv csv = new CommitmentCsv(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)),
                    LocalDate.of(2026, 12, 3))) {
                store.forEach(CommitmentQuery.all(LocalDate.of(2026, 12, 3), 0, Integer.MAX_VALUE), c -> {
                    try {
                        csv.write(c);
                        written[0]++;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("exported %,d rows, %,d bytes of CSV, in %.1f s: %,.0f rows/s%n", written[0], out.bytes,
                    seconds, written[0] / seconds);
            System.out.printf("peak heap during the export %,d MB, maximum heap %,d MB%n", peakHeap() >> 20,
                    Runtime.getRuntime().maxMemory() >> 20);
            mongo.getDb().drop();
        }
    }

    private static Commitment commitment(int i) {
        String text = "We will publish the strategy number " + i + " on the future of the department's work, after "
                + "consulting stakeholders across the country, in the spring of 2027, and report to Parliament.";
        return Commitment.extracted(String.format("cmt-bench-%08d", i), new CommitmentSource(
                        "uk-parliament:commons:2026-01-02:" + i, "commons", "Department " + (i % 20), "A Minister", "An MP",
                        LocalDate.of(2026, 1, 2).plusDays(i % 300), "Heading " + (i % 50),
                        "https://questions-statements.parliament.uk/written-questions/detail/" + i),
                new Quote(text, 0, text.length()), new Finding("publish the strategy number " + i, Strength.FIRM,
                        new Deadline("in the spring of 2027", LocalDate.of(2027, 5, 31), DeadlineKind.EXPLICIT)),
                0.9, ReviewState.ACCEPTED, "event-" + i, Instant.parse("2026-12-03T10:00:00Z"));
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    private static final class CountingStream extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
