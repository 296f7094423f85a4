package org.commitmenttracker.system;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.commitmenttracker.localinfra.TestInfrastructure;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code bin/bench-ingest N}: imports N answers (the sample answers copied under new UINs) end to end through the
 * gateway, from {@code POST /api/imports} until every one of their commitments is stored and listed, and, in the same
 * run, produces and consumes the same N JSON lines on a raw Kafka topic; prints both rates and their ratio.
 */
public final class IngestBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> samples = Files.readAllLines(Path.of(System.getProperty("tracker.root"), "samples", "answers.jsonl"));
        int requested = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        int rounds = Math.max(1, (requested + samples.size() - 1) / samples.size());
        int n = rounds * samples.size();
        try (RunningSystem system = RunningSystem.start("127.0.0.1")) {
            URI gateway = system.gateway();
            System.out.printf("System up on %s (%s infrastructure)%n", gateway, TestInfrastructure.endpoints().kind());

            long before = totalCommitments(gateway);
            importAndWait(gateway, copies(samples, 1, "W"));
            long perRound = awaitStableTotal(gateway, before) - before;
            System.out.printf("Warm-up: %d sample answers gave %d commitments%n", samples.size(), perRound);

            List<String> lines = copies(samples, rounds, "B");
            long start = System.nanoTime();
            long baseline = totalCommitments(gateway);
            importAndWait(gateway, lines);
            long expected = baseline + perRound * rounds;
            await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> totalCommitments(gateway) >= expected);
            double pipelineSeconds = (System.nanoTime() - start) / 1e9;

            double kafkaSeconds = rawKafka(lines);

            System.out.println();
            System.out.printf("answers imported end to end:        %,8d (%d commitments)%n", n, perRound * rounds);
            System.out.printf("through the gateway, until stored:  %,10.0f answers/s (%.1f s)%n", n / pipelineSeconds, pipelineSeconds);
            System.out.printf("raw Kafka produce + consume:        %,10.0f records/s (%.2f s)%n", n / kafkaSeconds, kafkaSeconds);
            System.out.printf("pipeline / raw Kafka:               %10.3f%n", kafkaSeconds / pipelineSeconds);
        }
    }

    /** The sample answers, {@code rounds} times, each copy under a UIN (or id) of its own. */
    private static List<String> copies(List<String> samples, int rounds, String prefix) {
        String run = UUID.randomUUID().toString().substring(0, 6);
        List<String> lines = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < samples.size(); i++) {
                ObjectNode answer = (ObjectNode) JSON.readTree(samples.get(i));
                String suffix = prefix + run + round + "x" + i;
                if (answer.has("uin")) {
                    answer.put("uin", (suffix).replaceAll("[^A-Za-z0-9]", "").substring(0, Math.min(20, suffix.length())));
                } else {
                    answer.put("id", answer.get("id").asString() + "-" + suffix);
                }
                lines.add(JSON.writeValueAsString(answer));
            }
        }
        return lines;
    }

    private static void importAndWait(URI gateway, List<String> lines) throws IOException, InterruptedException {
        HttpResponse<String> accepted = HTTP.send(HttpRequest.newBuilder(gateway.resolve("/api/imports"))
                .header("Authorization", "Bearer " + RunningSystem.EDITOR_KEY)
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("\n", lines) + "\n"))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (accepted.statusCode() != 202) {
            throw new IllegalStateException("Import refused: " + accepted.statusCode() + " " + accepted.body());
        }
        String id = JSON.readTree(accepted.body()).get("id").asString();
        JsonNode job = await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> get(gateway, "/api/imports/" + id), j -> !j.get("state").asString().matches("queued|running"));
        if (job.get("failed").asInt() > 0 || !job.get("state").asString().equals("completed")) {
            throw new IllegalStateException("Import did not complete cleanly: " + job);
        }
    }

    private static long awaitStableTotal(URI gateway, long before) {
        long[] last = {-1};
        return await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    long now = totalCommitments(gateway);
                    boolean stable = now > before && now == last[0];
                    last[0] = now;
                    return stable ? now : -1L;
                }, total -> total > 0);
    }

    private static long totalCommitments(URI gateway) throws IOException, InterruptedException {
        return get(gateway, "/api/commitments?size=1").get("total").asLong();
    }

    private static JsonNode get(URI gateway, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(gateway.resolve(path))
                .header("Authorization", "Bearer " + RunningSystem.VIEWER_KEY).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body());
    }

    /** Seconds to produce the lines (acks=all, idempotent) to a fresh topic and consume them all back. */
    private static double rawKafka(List<String> lines) throws Exception {
        String bootstrap = TestInfrastructure.endpoints().kafkaBootstrapServers();
        String topic = "bench.raw." + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
        }
        long start = System.nanoTime();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true), new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < lines.size(); i++) {
                producer.send(new ProducerRecord<>(topic, "answer-" + i, lines.get(i)));
            }
            producer.flush();
        }
        int received = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ConsumerConfig.GROUP_ID_CONFIG, topic,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            while (received < lines.size()) {
                received += consumer.poll(Duration.ofMillis(200)).count();
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

}
