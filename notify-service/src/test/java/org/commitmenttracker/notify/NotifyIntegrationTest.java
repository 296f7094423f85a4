package org.commitmenttracker.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.standardwebhooks.Webhook;
import org.commitmenttracker.events.CommitmentSource;
import org.commitmenttracker.events.CommitmentState;
import org.commitmenttracker.events.CommitmentStatus;
import org.commitmenttracker.events.Deadline;
import org.commitmenttracker.events.DeadlineKind;
import org.commitmenttracker.events.OverdueRule;
import org.commitmenttracker.events.Quote;
import org.commitmenttracker.events.ReviewState;
import org.commitmenttracker.events.Strength;
import org.commitmenttracker.localinfra.TestInfrastructureConfiguration;
import org.commitmenttracker.support.events.EventPublisher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.http.MediaType;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.test.utils.ContainerTestUtils;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * notify-service as a whole, over HTTP and Kafka, against a real Kafka broker and the MongoDB wire server, with a
 * clock that moves only when a test moves it and a webhook receiver on 127.0.0.1 (allow-listed). Every test uses ids
 * of its own: the context, its database and the topics are shared.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.address=127.0.0.1",
        "notify.webhooks.allowed-hosts=127.0.0.1,localhost",
        "notify.overdue.scan-interval=PT0.3S",
        "notify.webhooks.dispatch-interval=PT0.2S",
        "notify.webhooks.timeout=PT2S",
        // attempts at +0 s, +3 s and +6 s (as the tests move the clock) fit; a fourth, 1.6 to 2.4 s later, would not
        "notify.webhooks.retry-window=PT7S",
        "notify.webhooks.initial-backoff=PT1S",
        "notify.webhooks.max-backoff=PT2S",
        "notify.digests.check-interval=PT0.3S"})
@Import({TestInfrastructureConfiguration.class, TestClockConfiguration.class})
abstract class NotifyIntegrationTest {

    static WebhookReceiver receiver;

    /** A real SMTP server for the digests, one per test JVM, on a port of its own choosing. */
    static final GreenMail MAIL = startMail();

    private static GreenMail startMail() {
        GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        mail.start();
        return mail;
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    }

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    EventPublisher events;

    @Autowired
    JsonMapper json;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @BeforeAll
    static void startReceiver() {
        receiver = new WebhookReceiver();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @BeforeEach
    void listenerHasItsPartitions() {
        for (MessageListenerContainer container : listeners.getListenerContainers()) {
            ContainerTestUtils.waitForAssignment(container, 3);
        }
    }

    static String uniqueCommitmentId() {
        return "cmt-it-" + UUID.randomUUID().toString().substring(0, 18);
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Europe/London"));
    }

    /** A commitment's first state, tracked. */
    static CommitmentState commitment(String commitmentId, Deadline deadline, CommitmentStatus status) {
        return state(commitmentId, 1, deadline, status, true, false, ReviewState.ACCEPTED);
    }

    /** A state as commitments-service publishes it on tracker.commitments.state.v1. */
    static CommitmentState state(String commitmentId, long version, Deadline deadline, CommitmentStatus status,
                                 boolean inLatestAnswer, boolean withdrawn, ReviewState review) {
        return new CommitmentState(UUID.randomUUID().toString(), Instant.parse("2019-11-05T10:15:31Z"), commitmentId,
                version, new CommitmentSource("uk-parliament:lords:2019-10-24:HL401", "lords", "Cabinet Office",
                        "Earl Howe", "Lord Kennedy of Southwark", LocalDate.parse("2019-11-05"),
                        "General Elections: Disinformation", "https://www.theyworkforyou.com/wrans/?id=2019-10-24.HL401.h"),
                new Quote("We will publish the consultation in the spring of 2020.", 0, 55),
                "publish the consultation", Strength.FIRM, 0.8, deadline, status, review, List.of(), null,
                inLatestAnswer, withdrawn, OverdueRule.isTracked(inLatestAnswer, withdrawn, review), List.of(), null);
    }

    /** The same state, answered by another department and with another action. */
    static CommitmentState answeredBy(CommitmentState s, String department, String action) {
        CommitmentSource source = s.source();
        return new CommitmentState(s.eventId(), s.occurredAt(), s.commitmentId(), s.version(),
                new CommitmentSource(source.answerId(), source.house(), department, source.minister(), source.askedBy(),
                        source.dateAnswered(), source.heading(), source.sourceUrl()),
                s.quote(), action, s.strength(), s.confidence(), s.deadline(), s.status(), s.review(), s.evidence(),
                s.missingMeasure(), s.inLatestAnswer(), s.withdrawn(), s.tracked(), s.thread(), s.suggestedStatus());
    }

    static Deadline explicit(LocalDate date) {
        return new Deadline("by " + date, date, DeadlineKind.EXPLICIT);
    }

    /** The id the alert for this commitment and deadline carries, computed here as the contract states it. */
    static String alertEventId(String commitmentId, LocalDate deadline) {
        return UUID.nameUUIDFromBytes((commitmentId + "|" + deadline).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString();
    }

    record Reply(int status, String contentType, String location, JsonNode body) {
    }

    Reply post(String path, String body) {
        return send(http().post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body));
    }

    /** A POST without a body. */
    Reply post(String path) {
        return send(http().post().uri(path));
    }

    Reply patch(String path, String body) {
        return send(http().patch().uri(path).contentType(MediaType.APPLICATION_JSON).body(body));
    }

    Reply delete(String path) {
        return send(http().delete().uri(path));
    }

    /** A request as the gateway forwards it for a caller. */
    Reply as(String principal, String role, org.springframework.http.HttpMethod method, String path, String body) {
        RestClient.RequestBodySpec request = http().method(method).uri(path)
                .header("X-Tracker-Principal", principal).header("X-Tracker-Role", role);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return send(request);
    }

    private Reply send(RestClient.RequestHeadersSpec<?> request) {
        return request.exchange((req, response) -> {
            byte[] bytes = response.getBody().readAllBytes();
            String type = String.valueOf(response.getHeaders().getContentType());
            JsonNode body = bytes.length == 0 || !type.contains("json") ? null : json.readTree(bytes);
            return new Reply(response.getStatusCode().value(), type, response.getHeaders().getFirst("Location"), body);
        }, true);
    }

    Reply get(String path) {
        return send(http().get().uri(path));
    }

    /** The delivery of this message in the webhook's log, once there is one. */
    java.util.Optional<JsonNode> delivery(String webhookId, String messageId) {
        return get("/api/webhooks/" + webhookId + "/deliveries").body().valueStream()
                .filter(d -> d.get("messageId").asString().equals(messageId)).findFirst();
    }

    /** Registers a webhook for the hook, for every alert; returns the 201 answer (id and secret). */
    JsonNode register(WebhookReceiver.Hook hook) {
        Reply reply = post("/api/webhooks", json.writeValueAsString(Map.of("url", hook.url(), "description", "test")));
        assertThat(reply.status()).isEqualTo(201);
        return reply.body();
    }

    /** Registers a webhook for the hook, for the alerts of these types only. */
    JsonNode register(WebhookReceiver.Hook hook, String... types) {
        Reply reply = post("/api/webhooks", json.writeValueAsString(Map.of("url", hook.url(), "types", List.of(types))));
        assertThat(reply.status()).isEqualTo(201);
        return reply.body();
    }

    /**
     * Checks a received call's signature with the Standard Webhooks library and the secret shown once. (Its
     * {@code verify} also compares the timestamp with the real time, which this test's clock need not keep to; that
     * is covered by WebhookSignerTest.)
     */
    static void assertSignedWith(String secret, WebhookReceiver.Received call) throws Exception {
        String expected = new Webhook(secret).sign(call.header("webhook-id"),
                Long.parseLong(call.header("webhook-timestamp")), call.body());
        assertThat(call.header("webhook-signature").split(" ")).contains(expected);
    }

    private RestClient http() {
        return RestClient.create("http://127.0.0.1:" + port);
    }
}
