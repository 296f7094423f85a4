package org.commitmenttracker.ingest.parliament;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.CancellationException;
import java.util.function.DoubleSupplier;

import org.commitmenttracker.ingest.IngestProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The UK Parliament's Written Questions API ({@code /api/writtenquestions/questions},
 * {@code /api/writtenquestions/questions/{id}}, {@code /api/writtenstatements/statements}), asked politely: at most
 * the configured request rate ({@link RequestPacer}), failures retried as {@link RetryPolicy} says. A page that cannot
 * be had or read raises a {@link ParliamentApiException} naming the request and the reason; an interrupted caller
 * gets a {@link CancellationException}.
 */
class ParliamentApiClient {

    static final String QUESTIONS = "/api/writtenquestions/questions";
    static final String STATEMENTS = "/api/writtenstatements/statements";

    /** A results page is a few hundred kilobytes at most; anything far larger is not one. */
    private static final int MAX_BODY_BYTES = 32 * 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(ParliamentApiClient.class);

    /** The two windows of answered questions polled each day. */
    enum Window {
        /** answers given that day ({@code answeredWhenFrom} / {@code answeredWhenTo}) */
        ANSWERED("answered", "answeredWhen"),
        /** answers corrected that day ({@code correctedWhenFrom} / {@code correctedWhenTo}) */
        CORRECTED("corrected", "correctedWhen");

        private final String label;
        private final String parameter;

        Window(String label, String parameter) {
            this.label = label;
            this.parameter = parameter;
        }

        String label() {
            return label;
        }
    }

    private final RestClient rest;
    private final JsonMapper json;
    private final RetryPolicy retry;
    private final RequestPacer pacer;
    private final Sleeper sleeper;
    private final JavaType page;
    private final JavaType item;

    /**
     * A client on the JDK's HttpClient: {@code timeout} for connecting and for each response, the rate, retries and
     * backoff from {@code settings}; {@code retryWaits} waits between retries (the pacing waits on the thread).
     */
    static ParliamentApiClient create(IngestProperties.Parliament settings, JsonMapper json, Clock clock, Sleeper retryWaits,
                                      DoubleSupplier random) {
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(settings.timeout());
        RestClient rest = RestClient.builder()
                .baseUrl(settings.baseUrl().toString().replaceAll("/+$", ""))
                .requestFactory(requests)
                .defaultHeader(HttpHeaders.USER_AGENT, "commitment-tracker-ingest")
                .build();
        return new ParliamentApiClient(rest, json, new RetryPolicy(settings.maxRetries(), settings.initialBackoff(), clock, random),
                new RequestPacer(settings.requestsPerSecond(), System::nanoTime, Sleeper.THREAD), retryWaits);
    }

    ParliamentApiClient(RestClient rest, JsonMapper json, RetryPolicy retry, RequestPacer pacer, Sleeper sleeper) {
        this.rest = rest;
        this.json = json;
        this.retry = retry;
        this.pacer = pacer;
        this.sleeper = sleeper;
        this.page = json.getTypeFactory().constructParametricType(ResultsPage.class, JsonNode.class);
        this.item = json.getTypeFactory().constructParametricType(ResultsPage.Item.class, JsonNode.class);
    }

    /** One page of the questions answered (or corrected) on {@code day}, withdrawn ones included, with their Members. */
    ResultsPage<JsonNode> questions(Window window, LocalDate day, int skip, int take) {
        return questions(window, day, day, skip, take);
    }

    /** One page of the questions answered (or corrected) from {@code from} to {@code to}, both included. */
    ResultsPage<JsonNode> questions(Window window, LocalDate from, LocalDate to, int skip, int take) {
        String path = QUESTIONS + "?" + window.parameter + "From=" + from + "&" + window.parameter + "To=" + to
                + "&includeWithdrawn=true&expandMember=true&skip=" + skip + "&take=" + take;
        return page(path);
    }

    /** One question, with its answer's text in full. */
    JsonNode question(long id) {
        String path = QUESTIONS + "/" + id + "?expandMember=true";
        ResultsPage.Item<JsonNode> item = read(get(path), this.item, path);
        if (item == null || item.value() == null || !item.value().isObject()) {
            throw new ParliamentApiException("GET " + path, "no question in the response", null);
        }
        return item.value();
    }

    /** One page of the written statements made on {@code day}. */
    ResultsPage<JsonNode> statements(LocalDate day, int skip, int take) {
        return statements(day, day, skip, take);
    }

    /** One page of the written statements made from {@code from} to {@code to}, both included. */
    ResultsPage<JsonNode> statements(LocalDate from, LocalDate to, int skip, int take) {
        String path = STATEMENTS + "?madeWhenFrom=" + from + "&madeWhenTo=" + to + "&expandMember=true&skip=" + skip
                + "&take=" + take;
        return page(path);
    }

    /** A page of results, each value as the API gave it, for {@link ParliamentRecords} to map. */
    private ResultsPage<JsonNode> page(String path) {
        ResultsPage<JsonNode> page = read(get(path), this.page, path);
        if (page == null || page.results() == null) {
            throw new ParliamentApiException("GET " + path, "not a results page (no results)", null);
        }
        return page;
    }

    private <T> T read(byte[] body, JavaType type, String path) {
        try {
            return json.readValue(body, type);
        } catch (JacksonException e) {
            String at = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw new ParliamentApiException("GET " + path, "malformed JSON" + at, e);
        }
    }

    /** The body of a 2xx answer to {@code GET path}, after as many retries as the policy allows. */
    private byte[] get(String path) {
        String request = "GET " + path;
        for (int attempt = 1; ; attempt++) {
            acquire(request);
            Response response;
            try {
                response = rest.get().uri(path).accept(MediaType.APPLICATION_JSON).exchange((req, res) -> {
                    int status = res.getStatusCode().value();
                    byte[] body = res.getStatusCode().is2xxSuccessful() ? readBody(res.getBody()) : null;
                    return new Response(status, res.getHeaders().getFirst(HttpHeaders.RETRY_AFTER), body, null);
                });
            } catch (ResourceAccessException e) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new CancellationException(request + ": interrupted");
                }
                response = new Response(0, null, null, e);
            } catch (RestClientException e) {
                throw new ParliamentApiException(request, "request failed (" + e.getClass().getSimpleName() + ")", e);
            }
            if (response.body() != null) {
                return response.body();
            }
            String reason = response.reason();
            boolean retryable = response.failure() != null || RetryPolicy.retryableStatus(response.status());
            if (!retryable) {
                throw new ParliamentApiException(request, reason, null);
            }
            if (attempt > retry.maxRetries()) {
                throw new ParliamentApiException(request, reason + " after " + attempt + " attempts", response.failure());
            }
            Duration wait = retry.waitBefore(attempt, response.retryAfter());
            if (wait.compareTo(RetryPolicy.LONGEST_RETRY_AFTER) > 0) {
                throw new ParliamentApiException(request, reason + "; asked to retry after " + wait.toSeconds() + " s",
                        response.failure());
            }
            log.info("{}: {}; retry {} of {} in {} ms", request, reason, attempt, retry.maxRetries(), wait.toMillis());
            pause(wait, request);
        }
    }

    private static byte[] readBody(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            throw new IOException("response larger than " + MAX_BODY_BYTES + " bytes");
        }
        return bytes;
    }

    private void acquire(String request) {
        try {
            pacer.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException(request + ": interrupted");
        }
    }

    private void pause(Duration wait, String request) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException(request + ": interrupted");
        }
    }

    /** What one attempt gave: a 2xx body, or a status, or an I/O failure. */
    private record Response(int status, String retryAfter, byte[] body, ResourceAccessException failure) {

        String reason() {
            if (failure == null) {
                return "HTTP " + status;
            }
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof HttpTimeoutException) {
                    return "timed out";
                }
            }
            Throwable root = failure;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            return "I/O error (" + root.getClass().getSimpleName() + ")";
        }
    }
}
