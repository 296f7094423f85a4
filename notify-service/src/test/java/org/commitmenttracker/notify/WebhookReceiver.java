package org.commitmenttracker.notify;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntUnaryOperator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A webhook receiver on 127.0.0.1 for tests: each {@link Hook} has its own path and answers each message (by its
 * {@code webhook-id}) as its script says, by how many times that message came before.
 */
final class WebhookReceiver implements AutoCloseable {

    /** One request as received, header names in lower case. */
    record Received(Map<String, List<String>> headers, String body) {

        String header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    final class Hook {

        private final String path;
        private final IntUnaryOperator statusForEarlierCalls;
        private final List<Received> received = new ArrayList<>();

        private Hook(String path, IntUnaryOperator statusForEarlierCalls) {
            this.path = path;
            this.statusForEarlierCalls = statusForEarlierCalls;
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + path;
        }

        /** The requests that carried this message id. */
        synchronized List<Received> withMessageId(String messageId) {
            return received.stream().filter(r -> messageId.equals(r.header("webhook-id"))).toList();
        }

        /** Every request, in the order received. */
        synchronized List<Received> all() {
            return List.copyOf(received);
        }

        private synchronized int answer(Received request) {
            int earlier = withMessageId(request.header("webhook-id")).size();
            received.add(request);
            return statusForEarlierCalls.applyAsInt(earlier);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(2);

    WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.start();
    }

    /** A hook that answers the n-th call of each message (0 for the first) with {@code status(n)}. */
    Hook hook(IntUnaryOperator status) {
        Hook hook = new Hook("/hooks/" + UUID.randomUUID(), status);
        server.createContext(hook.path, exchange -> handle(hook, exchange));
        return hook;
    }

    private static void handle(Hook hook, HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody(); OutputStream out = exchange.getResponseBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Map<String, List<String>> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
            int status = hook.answer(new Received(headers, body));
            byte[] answer = ("received " + exchange.getRequestHeaders().getFirst("webhook-id"))
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            out.write(answer);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
