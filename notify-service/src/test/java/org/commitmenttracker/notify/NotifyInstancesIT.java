package org.commitmenttracker.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.commitmenttracker.events.CommitmentState;
import org.commitmenttracker.events.CommitmentStatus;
import org.commitmenttracker.events.Topics;
import org.commitmenttracker.localinfra.TestInfrastructure;
import org.commitmenttracker.localinfra.TopicProbe;
import org.commitmenttracker.support.events.EventPublisher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whole notify-service instances as they are deployed (the real clock, their own database and consumer group, shared
 * by the instances of one test), started and stopped by the test: two at once raise each alert once, one takes over
 * the scans when the other stops, and a delivery being retried survives a restart.
 */
class NotifyInstancesIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int STATE_PARTITIONS = 3;

    private final String name = "notify-instances-" + UUID.randomUUID().toString().substring(0, 8);
    private final List<ConfigurableApplicationContext> running = new ArrayList<>();
    private WebhookReceiver receiver;
    private TopicProbe alerts;

    @BeforeEach
    void start() {
        receiver = new WebhookReceiver();
        alerts = new TopicProbe(TestInfrastructure.endpoints().kafkaBootstrapServers(), Topics.ALERTS);
    }

    @AfterEach
    void stop() {
        running.forEach(ConfigurableApplicationContext::close);
        receiver.close();
        alerts.close();
    }

    private ConfigurableApplicationContext instance() {
        TestInfrastructure.Endpoints infrastructure = TestInfrastructure.endpoints();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(NotifyApplication.class).run(
                // arguments, which win over application.yml (builder properties would not)
                "--server.port=0", "--server.address=127.0.0.1",
                "--spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers(),
                "--spring.mongodb.uri=" + infrastructure.mongoUri(name),
                "--spring.mongodb.database=" + name,
                "--notify.consumer-group=" + name,
                // its events' ce_source: another deployment on these topics (the other tests' notify-service, with a
                // database of its own) raises alerts for the same commitments, which are not this one's to count
                "--spring.application.name=" + name,
                // 127.0.0.1 only: "localhost" is a name that resolves to a loopback address, not allowed
                "--notify.webhooks.allowed-hosts=127.0.0.1",
                "--notify.overdue.scan-interval=PT0.3S",
                "--notify.overdue.lease=PT2S",
                "--notify.webhooks.dispatch-interval=PT0.2S",
                "--notify.webhooks.initial-backoff=PT1S");
        running.add(context);
        // every partition of the state topic assigned to one of the running instances
        await().atMost(Duration.ofSeconds(60)).until(() -> running.stream()
                .flatMap(c -> c.getBean(KafkaListenerEndpointRegistry.class).getListenerContainers().stream())
                .mapToInt(container -> container.getAssignedPartitions() == null ? 0
                        : container.getAssignedPartitions().size()).sum() == STATE_PARTITIONS);
        return context;
    }

    @Test
    void twoInstancesRaiseEachAlertOnceAndTheSecondTakesOverWhenTheFirstStops() {
        ConfigurableApplicationContext first = instance();
        // the first holds the scan lease before the second starts
        String holder = await().atMost(Duration.ofSeconds(30)).until(() -> leaseHolder(first), h -> h != null);
        ConfigurableApplicationContext second = instance();
        WebhookReceiver.Hook hook = receiver.hook(call -> 200);
        register(first, hook.url());

        List<String> ids = publishOverdue(first, 8);
        await().atMost(Duration.ofSeconds(60)).until(() -> eachOnce(ids, hook), ONCE_EACH::equals);
        // and no second alert or call comes
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> eachOnce(ids, hook), ONCE_EACH::equals);

        assertThat(leaseHolder(first)).as("the first instance kept the lease while both ran").isEqualTo(holder);
        assertThat(first.getBean(MongoTemplate.class).getCollection("leases").countDocuments())
                .as("the second never took a lease of its own beside it").isEqualTo(1);
        first.close();
        running.remove(first);

        List<String> later = publishOverdue(second, 3);
        await().atMost(Duration.ofSeconds(60)).until(() -> eachOnce(later, hook), ONCE_EACH::equals);
        assertThat(leaseHolder(second)).as("the second instance holds the lease now").isNotNull().isNotEqualTo(holder);
    }

    @Test
    void aDeliveryBeingRetriedIsDeliveredOnceAfterARestartWithTheSameWebhookId() throws Exception {
        ConfigurableApplicationContext first = instance();
        WebhookReceiver.Hook hook = receiver.hook(earlier -> earlier < 2 ? 503 : 200);
        JsonNode webhook = register(first, hook.url());
        String id = publishOverdue(first, 1).get(0);
        String messageId = NotifyIntegrationTest.alertEventId(id, LocalDate.parse("2020-05-31"));

        await().atMost(Duration.ofSeconds(60)).until(() -> hook.withMessageId(messageId).size() == 1);
        first.close();
        running.remove(first);
        ConfigurableApplicationContext restarted = instance();

        await().atMost(Duration.ofSeconds(60)).until(() -> delivery(restarted, webhook, messageId)
                .map(d -> d.get("state").asString().equals("delivered")).orElse(false));
        List<WebhookReceiver.Received> calls = hook.withMessageId(messageId);
        assertThat(calls).hasSize(3);
        for (WebhookReceiver.Received call : calls) {
            NotifyIntegrationTest.assertSignedWith(webhook.get("secret").asString(), call);
        }
        JsonNode log = delivery(restarted, webhook, messageId).orElseThrow();
        assertThat(log.get("attempts")).extracting(a -> a.get("statusCode").asInt()).containsExactly(503, 503, 200);
    }

    @Test
    void refusesAWebhookToANameThatResolvesToLoopback() {
        ConfigurableApplicationContext only = instance();
        WebhookReceiver.Hook hook = receiver.hook(call -> 200);

        JsonNode refused = http(only).post().uri("/api/webhooks").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("url", hook.url().replace("127.0.0.1", "localhost")))
                .exchange((request, response) -> {
                    assertThat(response.getStatusCode().value()).isEqualTo(400);
                    return JSON.readTree(response.getBody());
                }, true);
        assertThat(refused.at("/errors/0/field").asString()).isEqualTo("url");
        assertThat(refused.at("/errors/0/message").asString()).contains("loopback");
    }

    private List<String> publishOverdue(ConfigurableApplicationContext context, int count) {
        List<String> ids = new ArrayList<>();
        EventPublisher events = context.getBean(EventPublisher.class);
        for (int i = 0; i < count; i++) {
            String id = NotifyIntegrationTest.uniqueCommitmentId();
            CommitmentState state = NotifyIntegrationTest.commitment(id,
                    NotifyIntegrationTest.explicit(LocalDate.parse("2020-05-31")), CommitmentStatus.OPEN);
            events.publish(NotifyIntegrationTest.answeredBy(state, department(), state.action()));
            ids.add(id);
        }
        return ids;
    }

    /**
     * Whether there is one overdue alert on Kafka, and one call, for each commitment (reading the topic once: a read
     * takes 200 ms); else what there is, for the message of a failed wait.
     */
    private String eachOnce(List<String> ids, WebhookReceiver.Hook hook) {
        Map<String, Long> overdue = alerts.poll().stream()
                .filter(seen -> "org.commitmenttracker.commitment.overdue.v1".equals(seen.headers().get("ce_type"))
                        && ("/" + name).equals(seen.headers().get("ce_source")))
                .collect(java.util.stream.Collectors.groupingBy(TopicProbe.Seen::key, java.util.stream.Collectors.counting()));
        List<String> wrong = ids.stream().map(id -> id + ": " + overdue.getOrDefault(id, 0L) + " alerts, "
                        + hook.withMessageId(NotifyIntegrationTest.alertEventId(id, LocalDate.parse("2020-05-31"))).size()
                        + " calls")
                .filter(line -> !line.endsWith(": 1 alerts, 1 calls")).toList();
        return wrong.isEmpty() ? ONCE_EACH : String.join("; ", wrong);
    }

    private static final String ONCE_EACH = "one alert and one call each";

    private static String leaseHolder(ConfigurableApplicationContext context) {
        org.bson.Document lease = context.getBean(MongoTemplate.class).getCollection("leases")
                .find(new org.bson.Document("_id", "alert-scan")).first();
        return lease == null ? null : lease.getString("holder");
    }

    /**
     * The department of this test's commitments, and the filter of its webhooks: a new instance reads every state on
     * the topic (those of other tests too) and alerts on the overdue ones, which this test's receiver need not get.
     */
    private String department() {
        return "Department of " + name;
    }

    private JsonNode register(ConfigurableApplicationContext context, String url) {
        return http(context).post().uri("/api/webhooks").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("url", url, "types", List.of("commitment.overdue"), "departments", List.of(department())))
                .exchange((request, response) -> {
                    assertThat(response.getStatusCode().value()).isEqualTo(201);
                    return JSON.readTree(response.getBody());
                }, true);
    }

    private static java.util.Optional<JsonNode> delivery(ConfigurableApplicationContext context, JsonNode webhook,
                                                         String messageId) {
        JsonNode log = http(context).get().uri("/api/webhooks/" + webhook.get("id").asString() + "/deliveries")
                .retrieve().body(JsonNode.class);
        return log.valueStream().filter(d -> d.get("messageId").asString().equals(messageId)).findFirst();
    }

    private static RestClient http(ConfigurableApplicationContext context) {
        return RestClient.create("http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port"));
    }
}
