package org.commitmenttracker.ingest.cli;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Predicate;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway as the command-line tools talk to it: requests with the API key in a header (never on a command line),
 * replies read with Jackson, and a job followed until it ends.
 */
final class Gateway {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** A job that cannot be read this many times in a row is given up on. */
    private static final int MISSES = 20;

    private final URI url;
    private final String key;
    private final Duration pollEvery;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    Gateway(URI url, String key, Duration pollEvery) {
        this.url = url;
        this.key = key;
        this.pollEvery = pollEvery;
    }

    URI url() {
        return url;
    }

    /**
     * Checks {@code --url}.
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    static URI parseUrl(String value) {
        URI gateway;
        try {
            gateway = URI.create(value.replaceAll("/+$", ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--url is not a URL: " + value);
        }
        if (gateway.getScheme() == null || !gateway.getScheme().matches("https?") || gateway.getHost() == null) {
            throw new IllegalArgumentException("--url must be an http or https URL, such as http://localhost:8080");
        }
        return gateway;
    }

    HttpResponse<String> post(String path, String contentType, HttpRequest.BodyPublisher body)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url + path)).header("Authorization", "Bearer " + key)
                .header("Content-Type", contentType).header("Accept", "application/json").POST(body).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url + path)).header("Authorization", "Bearer " + key)
                .header("Accept", "application/json").timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Reads the job at {@code path} every {@code pollEvery}, showing each reading, until {@code ended} says it has.
     *
     * @return the job as it ended, or {@code null} if it could not be read {@value #MISSES} times in a row
     * @throws InterruptedException if interrupted while waiting
     */
    JsonNode follow(String path, JsonNode job, Predicate<JsonNode> ended, Consumer<JsonNode> show)
            throws InterruptedException {
        int misses = 0;
        while (true) {
            show.accept(job);
            if (ended.test(job)) {
                return job;
            }
            Thread.sleep(pollEvery.toMillis());
            try {
                HttpResponse<String> reply = get(path);
                if (reply.statusCode() == 200) {
                    job = JSON.readTree(reply.body());
                    misses = 0;
                    continue;
                }
            } catch (IOException | JacksonException e) {
                // counted below, like a reply that is not 200
            }
            if (++misses >= MISSES) {
                return null;
            }
        }
    }

    /** A problem detail's {@code detail}, else the start of the body. */
    static String detail(String body) {
        try {
            JsonNode problem = JSON.readTree(body);
            if (problem.hasNonNull("detail")) {
                return problem.get("detail").asString();
            }
        } catch (JacksonException e) {
            // not JSON: shown as it is
        }
        return abbreviate(body);
    }

    static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    /** Why the gateway could not be reached, in a few words. */
    static String reason(Exception e) {
        if (e instanceof ConnectException) {
            return "connection refused";
        }
        if (e instanceof HttpTimeoutException) {
            return "timed out";
        }
        return e.getClass().getSimpleName();
    }
}
