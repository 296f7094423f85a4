package org.commitmenttracker.notify.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sender against a real HTTP server on 127.0.0.1, reached by names the tests resolve. */
class WebhookSenderTest {

    private HttpServer server;
    private final AtomicInteger calls = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/ok", exchange -> {
            calls.incrementAndGet();
            try (InputStream in = exchange.getRequestBody(); OutputStream out = exchange.getResponseBody()) {
                in.readAllBytes();
                byte[] answer = "x".repeat(2_000).getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(202, answer.length);
                out.write(answer);
            }
        });
        server.createContext("/moved", exchange -> {
            calls.incrementAndGet();
            exchange.getResponseHeaders().add("Location", "/ok");
            exchange.sendResponseHeaders(307, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    /** "receiver.test" resolves to the server's address, 127.0.0.1. */
    private static InetAddress[] resolve(String host) throws UnknownHostException {
        if (host.equals("receiver.test")) {
            return new InetAddress[] {InetAddress.getByName("127.0.0.1")};
        }
        throw new UnknownHostException(host);
    }

    private URI url(String path) {
        return URI.create("http://receiver.test:" + server.getAddress().getPort() + path);
    }

    @Test
    void postsWhenTheAddressIsAllowedAndKeepsTheStartOfTheAnswer() throws Exception {
        try (WebhookSender sender = sender(List.of("receiver.test"))) {
            WebhookSender.Answer answer = sender.post(url("/ok"), Map.of("webhook-id", "m1"), "{}");

            assertThat(answer.statusCode()).isEqualTo(202);
            assertThat(answer.excerpt()).hasSize(WebhookSender.EXCERPT_CHARS);
        }
    }

    @Test
    void refusesAtConnectTimeANameThatResolvesToLoopback() throws Exception {
        // the policy's own look before the attempt is bypassed here: only the sender's resolver stands in the way
        try (WebhookSender sender = sender(List.of())) {
            WebhookSender.Answer answer = sender.post(url("/ok"), Map.of(), "{}");

            assertThat(answer.statusCode()).isNull();
            assertThat(answer.error()).contains("address refused");
            assertThat(calls).hasValue(0);
        }
    }

    @Test
    void doesNotFollowRedirects() throws Exception {
        try (WebhookSender sender = sender(List.of("receiver.test"))) {
            assertThat(sender.post(url("/moved"), Map.of(), "{}").statusCode()).isEqualTo(307);
            assertThat(calls).hasValue(1);
        }
    }

    private static WebhookSender sender(List<String> allowed) {
        return new WebhookSender(Duration.ofSeconds(2), new WebhookAddressPolicy(allowed, WebhookSenderTest::resolve));
    }
}
