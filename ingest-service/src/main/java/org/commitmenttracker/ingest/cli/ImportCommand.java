package org.commitmenttracker.ingest.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * {@code bin/import}: imports files of written answers through the gateway ({@code POST /api/imports}), shows each
 * job's progress and ends with a summary per file. The JSON of the replies is read with Jackson, the files are
 * streamed from disk (never read into memory), and the key goes in a header, never on a command line.
 */
public final class ImportCommand {

    static final String USAGE = """
            Imports files of written answers through the gateway (POST /api/imports), shows each job's progress, and
            ends with a summary per file.

              bin/import [--url URL] [--key KEY] [--date-answered YYYY-MM-DD] [--errors N] FILE...

            Files, by extension:
              .jsonl, .ndjson   one POST /api/answers JSON object a line
              .json             a results page of the UK Parliament Written Questions API
              .xml              a parlparse (TheyWorkForYou) written-answers file; such a file does not say when its
                                answers were given: --date-answered says it, else the date in each question's id
            Options:
              --url URL              the gateway (default http://localhost:8080)
              --key KEY              an editor API key (default: $TRACKER_API_KEY)
              --date-answered DATE   for .xml files
              --errors N             failed records listed per file (default 5; the job keeps more: GET /api/imports/{id})
            Progress goes to standard error (a bar on a terminal, plain lines otherwise), the summary to standard output.
            Exit status: 0 every record taken in; 1 a record failed, a job failed or a request was refused; 2 usage error.
            """;

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE_ERROR = 2;

    private static final List<String> OUTCOMES = List.of("received", "corrected", "duplicate", "superseded", "withdrawn",
            "grouped");

    private final PrintStream out;
    private final PrintStream err;
    private final boolean tty;
    private final Duration pollEvery;

    ImportCommand(PrintStream out, PrintStream err, boolean tty, Duration pollEvery) {
        this.out = out;
        this.err = err;
        this.tty = tty;
        this.pollEvery = pollEvery;
    }

    public static void main(String[] args) {
        ImportCommand command = new ImportCommand(System.out, System.err, System.console() != null, Duration.ofMillis(500));
        System.exit(command.run(args, System.getenv()));
    }

    /** What the command line asks for. */
    record Options(URI url, String key, String dateAnswered, int shownErrors, List<Path> files) {
    }

    /** Thrown for a command line that cannot be run; its message says why. */
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
            err.println("bin/import: " + e.getMessage());
            err.println("Try bin/import --help.");
            return USAGE_ERROR;
        }
        Gateway gateway = new Gateway(options.url(), options.key(), pollEvery);
        int status = OK;
        for (Path file : options.files()) {
            status = Math.max(status, importFile(gateway, options, file));
        }
        return status;
    }

    static Options parse(String[] args, Map<String, String> env) throws UsageException {
        String url = "http://localhost:8080";
        String key = env.get("TRACKER_API_KEY");
        String dateAnswered = null;
        String errors = "5";
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h") || arg.equals("--help")) {
                throw new UsageException(null);
            } else if (arg.equals("--")) {
                for (int j = i + 1; j < args.length; j++) {
                    files.add(Path.of(args[j]));
                }
                break;
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
                    case "--date-answered" -> dateAnswered = value;
                    case "--errors" -> errors = value;
                    default -> throw new UsageException("unknown option " + name);
                }
            } else if (arg.startsWith("-") && arg.length() > 1) {
                throw new UsageException("unknown option " + arg);
            } else {
                files.add(Path.of(arg));
            }
        }
        if (files.isEmpty()) {
            throw new UsageException("no files to import");
        }
        if (key == null || key.isBlank()) {
            throw new UsageException("no API key: give --key or set TRACKER_API_KEY (an editor key)");
        }
        if (!errors.matches("\\d{1,6}")) {
            throw new UsageException("--errors takes a number");
        }
        if (dateAnswered != null && !dateAnswered.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new UsageException("--date-answered takes a date such as 2019-11-05");
        }
        URI gateway;
        try {
            gateway = Gateway.parseUrl(url);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        for (Path file : files) {
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw new UsageException(file + ": no such readable file");
            }
            if (contentType(file).isEmpty()) {
                throw new UsageException(file + ": unknown kind of file (.jsonl, .ndjson, .json or .xml)");
            }
        }
        return new Options(gateway, key, dateAnswered, Integer.parseInt(errors), List.copyOf(files));
    }

    static Optional<String> contentType(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Optional.of("application/x-ndjson");
        } else if (name.endsWith(".json")) {
            return Optional.of("application/json");
        } else if (name.endsWith(".xml")) {
            return Optional.of("application/xml");
        }
        return Optional.empty();
    }

    private int importFile(Gateway gateway, Options options, Path file) {
        String name = file.getFileName().toString();
        String type = contentType(file).orElseThrow();
        String query = options.dateAnswered() != null && type.equals("application/xml")
                ? "?dateAnswered=" + options.dateAnswered() : "";
        JsonNode job;
        try {
            HttpResponse<String> reply = gateway.post("/api/imports" + query, type, HttpRequest.BodyPublishers.ofFile(file));
            if (reply.statusCode() != 202) {
                out.println(name + ": refused (" + reply.statusCode() + "): " + Gateway.detail(reply.body()));
                return FAILED;
            }
            job = Gateway.JSON.readTree(reply.body());
        } catch (IOException | JacksonException e) {
            out.println(name + ": not sent: the gateway at " + gateway.url() + " could not be reached ("
                    + Gateway.reason(e) + ")");
            return FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FAILED;
        }
        String id = job.path("id").asString("");
        if (id.isEmpty()) {
            out.println(name + ": accepted, but the reply named no job: " + Gateway.abbreviate(job.toString()));
            return FAILED;
        }
        ProgressBar progress = new ProgressBar(err, tty, name, "records");
        JsonNode ended;
        try {
            ended = gateway.follow("/api/imports/" + id, job,
                    j -> List.of("completed", "failed").contains(j.path("state").asString("")),
                    j -> progress.show(shown(j), j.path("done").asLong() + j.path("failed").asLong(),
                            j.path("total").asLong(), j.path("failed").asLong()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FAILED;
        } finally {
            progress.end();
        }
        if (ended == null) {
            out.println(name + ": lost track of job " + id + " (GET /api/imports/" + id + " keeps failing)");
            return FAILED;
        }
        return summary(name, id, ended, options.shownErrors());
    }

    private static String shown(JsonNode job) {
        String state = job.path("state").asString("");
        return state.equals("running") && job.path("total").asLong() == 0 ? "reading the file" : state;
    }

    private int summary(String name, String id, JsonNode job, int shownErrors) {
        long total = job.path("total").asLong();
        long done = job.path("done").asLong();
        long failed = job.path("failed").asLong();
        int status = OK;
        if (job.path("state").asString("").equals("failed")) {
            out.println(name + ": FAILED: " + job.path("reason").asString("no reason given") + " (" + done + " of " + total
                    + " records taken in, " + failed + " failed; job " + id + ")");
            status = FAILED;
        } else {
            StringJoiner outcomes = new StringJoiner(", ", " (", ")").setEmptyValue("");
            for (String outcome : OUTCOMES) {
                long count = job.path("outcomes").path(outcome).asLong();
                if (count > 0) {
                    outcomes.add(outcome + " " + count);
                }
            }
            out.println(name + ": " + total + " records, " + done + " taken in" + outcomes + ", " + failed + " failed (job "
                    + id + ")");
        }
        if (failed > 0) {
            int listed = 0;
            for (JsonNode error : job.path("errors")) {
                if (listed++ == shownErrors) {
                    break;
                }
                out.println("  " + error.path("place").asString("") + ": " + error.path("reason").asString(""));
            }
            if (failed > shownErrors) {
                out.println("  ... and " + (failed - shownErrors) + " more");
            }
            status = FAILED;
        }
        return status;
    }
}
