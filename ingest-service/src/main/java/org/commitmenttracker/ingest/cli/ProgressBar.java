package org.commitmenttracker.ingest.cli;

import java.io.PrintStream;
import java.time.Duration;

/** A job's progress on standard error: a bar redrawn in place on a terminal, else a line now and then. */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintStream err;
    private final boolean tty;
    private final String name;
    private final String unit;
    private String lastState;
    private long lastSeen = -1;
    private long lastLineAt;
    private boolean drawn;

    /** @param unit what {@code seen} and {@code total} count: {@code records}, {@code days} */
    ProgressBar(PrintStream err, boolean tty, String name, String unit) {
        this.err = err;
        this.tty = tty;
        this.name = name;
        this.unit = unit;
    }

    /**
     * @param state  shown while {@code total} is unknown (0), and on every change in a log
     * @param failed shown beside the count
     */
    void show(String state, long seen, long total, long failed) {
        if (tty) {
            int filled = total > 0 ? (int) (Math.min(seen, total) * WIDTH / total) : 0;
            String bar = "#".repeat(filled) + ".".repeat(WIDTH - filled);
            err.print(total > 0
                    ? String.format("\r\033[K%s [%s] %3d%%  %d/%d %s  failed %d", name, bar, seen * 100 / total, seen,
                    total, unit, failed)
                    : String.format("\r\033[K%s [%s] %s", name, bar, state));
            err.flush();
            drawn = true;
        } else if (!state.equals(lastState)
                || (seen != lastSeen && System.nanoTime() - lastLineAt >= Duration.ofSeconds(2).toNanos())) {
            err.println(total > 0 ? name + ": " + state + ", " + seen + "/" + total + " " + unit + ", " + failed + " failed"
                    : name + ": " + state);
            lastState = state;
            lastSeen = seen;
            lastLineAt = System.nanoTime();
        }
    }

    void end() {
        if (drawn) {
            err.println();
        }
    }
}
