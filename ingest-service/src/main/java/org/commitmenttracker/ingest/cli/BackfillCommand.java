package org.commitmenttracker.ingest.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * {@code bin/backfill}: starts a backfill of the Parliament API through the gateway ({@code POST /api/ingest/backfill},
 * admin) or finds one already started, follows it with a progress bar, and ends with its summary.
 */
public final class BackfillCommand {

    static final String USAGE = """
            Backfills a range of days from the UK Parliament Written Questions API, as a job of ingest-service, and
            follows it until it ends.

              bin/backfill [--url URL] [--key KEY] [--detach] FROM TO    start one: days FROM to TO (YYYY-MM-DD), from 2014-01-01
              bin/backfill [--url URL] [--key KEY] --watch ID            follow one already started

            Options:
              --url URL    the gateway (default http://localhost:8080)
              --key KEY    an admin API key (default: $TRACKER_API_KEY)
              --detach     start the job, print its id and return at once
              --errors N   failed pages listed (default 5; the job keeps more: GET /api/ingest/backfill/{id})
            The job runs in the service: stopping this command (Ctrl-C) stops only the following; --watch takes it up again.
            Progress goes to standard error (a bar on a terminal, plain lines otherwise), the summary to standard output.
            Exit status: 0 done, every page read; 1 some pages failed, the job failed or the request was refused;
            2 usage error.
            """;

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE_ERROR = 2;

    private static final List<String> OUTCOMES = List.of("received", "corrected", "duplicate", "superseded", "withdrawn");
    private static final List<String> ENDED = List.of("done", "done_with_failures", "failed");

    private final PrintStream out;
    private final PrintStream err;
    private final boolean tty;
    private final Duration pollEvery;

    BackfillCommand(PrintStream out, PrintStream err, boolean tty, Duration pollEvery) {
        this.out = out;
        this.err = err;
        this.tty = tty;
        this.pollEvery = pollEvery;
    }

    public static void main(String[] args) {
        BackfillCommand command = new BackfillCommand(System.out, System.err, System.console() != null,
                Duration.ofSeconds(1));
        System.exit(command.run(args, System.getenv()));
    }

    /** What the command line asks for: a range to start, or the id of a job to follow. */
    record Options(URI url, String key, LocalDate from, LocalDate to, String watch, boolean detach, int shownErrors) {
    }

    /** Thrown for a command line that cannot be run; its message says why ({@code null}: help asked for). */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    int run(String[] args, Map<String, String> env) {
        Options options;
        try {
            options = parse(args, env);
        } catch (UsageException e) {
            if (e.getMessage() == null) {
                out.print(USAGE);
                return OK;
            }
            err.println("bin/backfill: " + e.getMessage());
            err.println("Try bin/backfill --help.");
            return USAGE_ERROR;
        }
        Gateway gateway = new Gateway(options.url(), options.key(), pollEvery);
        try {
            JsonNode job = options.watch() != null ? read(gateway, options.watch()) : start(gateway, options);
            if (job == null) {
                return FAILED;
            }
            String id = job.path("id").asString("");
            if (options.detach()) {
                out.println(id);
                return OK;
            }
            return follow(gateway, id, job, options.shownErrors());
        } catch (IOException | JacksonException e) {
            out.println("bin/backfill: the gateway at " + options.url() + " could not be reached (" + Gateway.reason(e) + ")");
            return FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FAILED;
        }
    }

    static Options parse(String[] args, Map<String, String> env) throws UsageException {
        String url = "http://localhost:8080";
        String key = env.get("TRACKER_API_KEY");
        String watch = null;
        String errors = "5";
        boolean detach = false;
        List<String> days = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h") || arg.equals("--help")) {
                throw new UsageException(null);
            } else if (arg.equals("--detach")) {
                detach = true;
            } else if (arg.startsWith("--")) {
                String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
                String value;
                if (arg.contains("=")) {
                    value = arg.substring(arg.indexOf('=') + 1);
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    throw new UsageException(name + " needs a value");
                }
                switch (name) {
                    case "--url" -> url = value;
                    case "--key" -> key = value;
                    case "--watch" -> watch = value;
                    case "--errors" -> errors = value;
                    default -> throw new UsageException("unknown option " + name);
                }
            } else if (arg.startsWith("-") && arg.length() > 1) {
                throw new UsageException("unknown option " + arg);
            } else {
                days.add(arg);
            }
        }
        if (key == null || key.isBlank()) {
            throw new UsageException("no API key: give --key or set TRACKER_API_KEY (an admin key)");
        }
        if (!errors.matches("\\d{1,6}")) {
            throw new UsageException("--errors takes a number");
        }
        URI gateway;
        try {
            gateway = Gateway.parseUrl(url);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (watch != null) {
            if (!days.isEmpty() || detach) {
                throw new UsageException("--watch follows a job already started: give no days and no --detach");
            }
            if (!watch.matches("[A-Za-z0-9-]{1,64}")) {
                throw new UsageException("--watch takes a job id, such as the one --detach printed");
            }
            return new Options(gateway, key, null, null, watch, false, Integer.parseInt(errors));
        }
        if (days.size() != 2) {
            throw new UsageException("give the first and the last day, such as 2024-01-01 2024-03-31");
        }
        return new Options(gateway, key, day(days.get(0), "FROM"), day(days.get(1), "TO"), null, detach,
                Integer.parseInt(errors));
    }

    private static LocalDate day(String value, String name) throws UsageException {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException(name + " must be a date such as 2024-01-01, not " + value);
        }
    }

    private JsonNode start(Gateway gateway, Options options) throws IOException, InterruptedException {
        String body = Gateway.JSON.writeValueAsString(Map.of("from", options.from().toString(), "to", options.to().toString()));
        HttpResponse<String> reply = gateway.post("/api/ingest/backfill", "application/json",
                HttpRequest.BodyPublishers.ofString(body));
        if (reply.statusCode() != 202) {
            out.println("backfill " + options.from() + " to " + options.to() + ": refused (" + reply.statusCode() + "): "
                    + Gateway.detail(reply.body()));
            return null;
        }
        return Gateway.JSON.readTree(reply.body());
    }

    private JsonNode read(Gateway gateway, String id) throws IOException, InterruptedException {
        HttpResponse<String> reply = gateway.get("/api/ingest/backfill/" + id);
        if (reply.statusCode() != 200) {
            out.println("backfill " + id + ": " + reply.statusCode() + ": " + Gateway.detail(reply.body()));
            return null;
        }
        return Gateway.JSON.readTree(reply.body());
    }

    private int follow(Gateway gateway, String id, JsonNode job, int shownErrors) throws InterruptedException {
        String name = "backfill " + job.path("from").asString("") + " to " + job.path("to").asString("");
        ProgressBar progress = new ProgressBar(err, tty, name, "days");
        JsonNode ended;
        try {
            ended = gateway.follow("/api/ingest/backfill/" + id, job, j -> ENDED.contains(j.path("state").asString("")),
                    j -> progress.show(j.path("state").asString(""), j.path("daysDone").asLong(),
                            j.path("daysTotal").asLong(), j.path("failedPageCount").asLong()));
        } finally {
            progress.end();
        }
        if (ended == null) {
            out.println(name + ": lost track of job " + id + " (GET /api/ingest/backfill/" + id + " keeps failing); "
                    + "it goes on in the service: bin/backfill --watch " + id);
            return FAILED;
        }
        return summary(name, id, ended, shownErrors);
    }

    private int summary(String name, String id, JsonNode job, int shownErrors) {
        String state = job.path("state").asString("");
        long failedPages = job.path("failedPageCount").asLong();
        if (state.equals("failed")) {
            out.println(name + ": FAILED: " + job.path("reason").asString("no reason given") + " ("
                    + job.path("daysDone").asLong() + " of " + job.path("daysTotal").asLong() + " days taken in; job " + id + ")");
            return FAILED;
        }
        StringJoiner outcomes = new StringJoiner(", ", " (", ")").setEmptyValue("");
        for (String outcome : OUTCOMES) {
            long count = job.path("outcomes").path(outcome).asLong();
            if (count > 0) {
                outcomes.add(outcome + " " + count);
            }
        }
        out.println(name + ": " + job.path("daysDone").asLong() + " days, " + job.path("answers").asLong()
                + " answers and statements" + outcomes + ", " + job.path("grouped").asLong() + " grouped, "
                + job.path("rejected").asLong() + " rejected, " + failedPages + " failed pages (job " + id + ")");
        if (failedPages == 0) {
            return OK;
        }
        int listed = 0;
        for (JsonNode page : job.path("failedPages")) {
            if (listed++ == shownErrors) {
                break;
            }
            out.println("  " + page.path("source").asString("") + " " + page.path("day").asString("") + " skip "
                    + page.path("skip").asInt() + ": " + page.path("reason").asString(""));
        }
        if (failedPages > shownErrors) {
            out.println("  ... and " + (failedPages - shownErrors) + " more");
        }
        out.println("  a failed page is named by the first day of its window: backfilling that window again reads it again");
        return FAILED;
    }
}
