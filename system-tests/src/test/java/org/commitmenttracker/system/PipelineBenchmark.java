package org.commitmenttracker.system;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.commitmenttracker.commitments.extraction.CommitmentExtractor;
import org.commitmenttracker.commitments.extraction.ExtractedCommitment;
import org.commitmenttracker.commitments.extraction.FoundDeadline;
import org.commitmenttracker.commitments.extraction.PlainText;
import org.commitmenttracker.events.Topics;
import org.commitmenttracker.localinfra.LocalKafkaBroker;
import org.commitmenttracker.localinfra.LocalMongoServer;
import org.commitmenttracker.localinfra.TestInfrastructure;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code bin/bench-pipeline [N] [memory|h2]}: in one run, on one local broker and one local store (memory or H2
 * backend), (a) a raw Kafka produce-and-consume of N answer-sized records, (b) raw bulk upserts of N commitment-sized
 * documents, (c) the extraction engine alone on the N answers over as many threads as there are cores, and (d) the N
 * answers end to end: imported through the gateway until every commitment is stored and every overdue alert
 * published. Prints each rate, the ratio of (d) to the slowest of (a) to (c), and checks (d)'s counts against (c)'s.
 *
 * <p>The answers are the 377 labelled written answers and statements, copied under ids of their own until there are N;
 * each copy's departments are its own ("Cabinet Office #3"), so that copies of one text do not thread with each other
 * as the same undertaking fifty times over, while answers within a copy thread as real ones do.
 */
public final class PipelineBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Lines per import: a file of this size is a few MB. */
    private static final int IMPORT_CHUNK = 2_000;
    private static final int UPSERT_BATCH = 500;

    private PipelineBenchmark() {
    }

    /** What the engine found in a set of answers, the expected counts for the pipeline. */
    private record Expected(long commitments, long overdue) {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        String backend = args.length > 1 ? args[1] : "memory";
        if (!backend.equals("memory") && !backend.equals("h2")) {
            throw new IllegalArgumentException("the backend is memory or h2, not " + backend);
        }
        Path dir = Files.createTempDirectory("bench-pipeline");
        LocalKafkaBroker kafka = LocalKafkaBroker.start(dir.resolve("kafka"), 0, 0);
        LocalMongoServer mongo = backend.equals("h2") ? LocalMongoServer.startDurable(dir.resolve("store"), freePort())
                : LocalMongoServer.startInMemory();
        TestInfrastructure.Endpoints infrastructure = new TestInfrastructure.Endpoints(kafka.bootstrapServers(),
                mongo.connectionString(), "local, " + backend + " backend");
        try {
            run(n, backend, infrastructure);
        } finally {
            mongo.close();
            kafka.close();
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private static void run(int n, String backend, TestInfrastructure.Endpoints infrastructure) throws Exception {
        List<JsonNode> labelled = labelledAnswers();
        List<String> warmUp = copies(labelled, labelled.size(), "warm");
        List<String> lines = copies(labelled, n, "run");
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf("N = %,d answers (%d labelled answers, copied), store: %s, %d cores%n", n, labelled.size(),
                infrastructure.kind(), cores);

        // each raw stage runs once on the warm-up answers first, so that it is measured warm, as the services are
        Expected warm = engine(warmUp, cores);
        rawKafka(infrastructure.kafkaBootstrapServers(), warmUp);
        rawUpserts(infrastructure.mongoUri(), warmUp.size());

        long start = System.nanoTime();
        Expected expected = engine(lines, cores);
        double engineSeconds = seconds(start);
        System.out.printf("(c) engine alone:  %,d answers, %,d commitments (%,d overdue) in %.1f s%n", n,
                expected.commitments(), expected.overdue(), engineSeconds);

        double kafkaSeconds = rawKafka(infrastructure.kafkaBootstrapServers(), lines);
        System.out.printf("(a) raw Kafka:     %,d records in %.1f s%n", n, kafkaSeconds);

        double upsertSeconds = rawUpserts(infrastructure.mongoUri(), n);
        System.out.printf("(b) raw upserts:   %,d documents in %.1f s%n", n, upsertSeconds);

        try (RunningSystem system = RunningSystem.start("127.0.0.1", "", infrastructure)) {
            URI gateway = system.gateway();
            importAll(gateway, warmUp);
            awaitCounts(infrastructure, warm, Duration.ofMinutes(5));
            System.out.printf("System up on %s, warmed up with %,d answers%n", gateway, warmUp.size());

            start = System.nanoTime();
            importAll(gateway, lines);
            Expected total = new Expected(warm.commitments() + expected.commitments(), warm.overdue() + expected.overdue());
            awaitCounts(infrastructure, total, Duration.ofHours(3));
            double pipelineSeconds = seconds(start);

            // nothing more to come: every consumer has caught up; the counts must still be exact
            awaitConsumersCaughtUp(infrastructure.kafkaBootstrapServers());
            long commitments = totalCommitments(gateway);
            AlertCount alerts = overdueAlerts(infrastructure.kafkaBootstrapServers());
            boolean exact = commitments == total.commitments() && alerts.records() == total.overdue()
                    && alerts.distinct() == total.overdue();

            double a = n / kafkaSeconds;
            double b = n / upsertSeconds;
            double c = n / engineSeconds;
            double d = n / pipelineSeconds;
            double slowest = Math.min(a, Math.min(b, c));
            System.out.println();
            System.out.printf("backend %s, N = %,d%n", backend, n);
            System.out.printf("(a) raw Kafka produce + consume:    %,10.0f records/s%n", a);
            System.out.printf("(b) raw bulk upserts (%d a batch): %,10.0f documents/s%n", UPSERT_BATCH, b);
            System.out.printf("(c) engine alone, %d threads:        %,10.0f answers/s%n", cores, c);
            System.out.printf("(d) end to end through the gateway: %,10.0f answers/s (%.1f s)%n", d, pipelineSeconds);
            System.out.printf("(d) / slowest of (a)-(c):           %10.2f%n", d / slowest);
            System.out.printf("counts: %,d commitments stored (expected %,d), %,d overdue alerts on %s for %,d "
                            + "commitments (expected %,d): %s%n", commitments, total.commitments(), alerts.records(),
                    Topics.ALERTS, alerts.distinct(), total.overdue(), exact ? "exact" : "MISMATCH");
            if (!exact) {
                System.exit(1);
            }
        }
    }

    /** The labelled answers and statements of the engine's data, as commitments-service's tests have them. */
    private static List<JsonNode> labelledAnswers() throws IOException {
        Path resources = Path.of(System.getProperty("tracker.root"), "commitments-service", "src", "test", "resources");
        List<JsonNode> answers = new ArrayList<>();
        for (String file : List.of("dev-answers.jsonl", "train-answers.jsonl")) {
            for (String line : Files.readAllLines(resources.resolve(file))) {
                if (!line.isBlank()) {
                    answers.add(JSON.readTree(line));
                }
            }
        }
        return answers;
    }

    /** {@code n} import lines: the labelled answers in turn, each copy under ids and departments of its own. */
    private static List<String> copies(List<JsonNode> labelled, int n, String run) {
        String tag = run + UUID.randomUUID().toString().substring(0, 6);
        List<String> lines = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            JsonNode a = labelled.get(i % labelled.size());
            int copy = i / labelled.size();
            ObjectNode line = JSON.createObjectNode();
            line.put("kind", "statement".equals(text(a, "kind")) ? "statement" : "answer");
            line.put("id", "bench:" + tag + "-" + copy + "-" + text(a, "id"));
            line.put("house", text(a, "house") == null ? "commons" : text(a, "house"));
            line.put("dateAnswered", text(a, "date_answered"));
            line.put("answeringBody", text(a, "department") + " #" + tag + "-" + copy);
            line.put("answeredBy", text(a, "answered_by"));
            line.put("askedBy", text(a, "asked_by"));
            line.put("heading", text(a, "heading"));
            line.put("questionText", text(a, "question_text"));
            line.put("answerText", text(a, "answer_text"));
            lines.add(JSON.writeValueAsString(line));
        }
        return lines;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    /** What commitments-service will find in the lines, each line on the thread of one of {@code cores} engines. */
    private static Expected engine(List<String> lines, int cores) throws Exception {
        LocalDate today = LocalDate.now(Clock.system(java.time.ZoneId.of("Europe/London")));
        ExecutorService threads = Executors.newFixedThreadPool(cores);
        try {
            List<Future<long[]>> parts = new ArrayList<>();
            for (int t = 0; t < cores; t++) {
                int first = t;
                parts.add(threads.submit(() -> {
                    CommitmentExtractor extractor = CommitmentExtractor.standard(); // one per thread: not thread-safe
                    long commitments = 0;
                    long overdue = 0;
                    for (int i = first; i < lines.size(); i += cores) {
                        JsonNode answer = JSON.readTree(lines.get(i));
                        List<ExtractedCommitment> found = extractor.extract(PlainText.of(answer.get("answerText").asString()),
                                LocalDate.parse(answer.get("dateAnswered").asString()),
                                "statement".equals(answer.get("kind").asString()));
                        commitments += found.size();
                        overdue += found.stream().map(ExtractedCommitment::deadline)
                                .filter(d -> d.kind() != FoundDeadline.Kind.NONE && d.date() != null && d.date().isBefore(today))
                                .count();
                    }
                    return new long[] {commitments, overdue};
                }));
            }
            long commitments = 0;
            long overdue = 0;
            for (Future<long[]> part : parts) {
                commitments += part.get()[0];
                overdue += part.get()[1];
            }
            return new Expected(commitments, overdue);
        } finally {
            threads.shutdown();
        }
    }

    /** Seconds to produce the lines (acks=all, idempotent) to a fresh topic and consume them all back. */
    private static double rawKafka(String bootstrap, List<String> lines) throws Exception {
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
        return seconds(start);
    }

    /** Seconds to upsert n documents shaped like a stored commitment, in bulk writes of {@link #UPSERT_BATCH}. */
    private static double rawUpserts(String uri, int n) {
        try (MongoClient client = MongoClients.create(uri)) {
            MongoCollection<Document> collection = client.getDatabase("bench-raw").getCollection("commitments");
            long start = System.nanoTime();
            List<WriteModel<Document>> batch = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Document doc = commitmentShaped("cmt-raw-" + i);
                batch.add(new ReplaceOneModel<>(new Document("_id", doc.get("_id")), doc, new ReplaceOptions().upsert(true)));
                if (batch.size() == UPSERT_BATCH || i == n - 1) {
                    collection.bulkWrite(batch);
                    batch.clear();
                }
            }
            double seconds = seconds(start);
            client.getDatabase("bench-raw").drop();
            return seconds;
        }
    }

    /** A document of the fields and size of a stored commitment at its first version (about 2.5 KB of BSON). */
    private static Document commitmentShaped(String id) {
        Document source = new Document("answerId", "bench:" + id).append("house", "commons")
                .append("department", "Department for Energy Security and Net Zero").append("minister", "A Minister")
                .append("askedBy", "A Member").append("dateAnswered", "2024-03-01").append("heading", "Energy: Prices")
                .append("sourceUrl", "https://questions-statements.parliament.uk/written-questions/detail/2024-02-26/1234");
        String quote = "We will publish the review of the energy price cap methodology in the spring of 2025, "
                + "after consulting industry and consumer groups on the options set out in the call for evidence.";
        Document finding = new Document("action", "publish the review of the energy price cap methodology")
                .append("strength", "FIRM").append("deadline", new Document("text", "in the spring of 2025")
                        .append("date", "2025-05-31").append("kind", "EXPLICIT"));
        Document change = new Document("version", 1).append("kind", "EXTRACTED").append("by", "commitments-service")
                .append("at", new java.util.Date()).append("fields", List.of()).append("evidence", List.of())
                .append("extraction", new Document("source", source).append("quote", quote).append("found", finding)
                        .append("confidence", 0.93).append("status", "OPEN"));
        return new Document("_id", id).append("source", source)
                .append("quote", new Document("text", quote).append("start", 120).append("end", 120 + quote.length()))
                .append("action", finding.get("action")).append("strength", "FIRM").append("deadline", finding.get("deadline"))
                .append("found", finding).append("confidence", 0.93).append("status", "OPEN").append("review", "ACCEPTED")
                .append("evidence", List.of()).append("lastAnswerEventId", UUID.randomUUID().toString())
                .append("inLatestAnswer", true).append("withdrawn", false).append("tracked", true).append("version", 1L)
                .append("publishedVersion", 0L).append("publishPending", true).append("history", List.of(change))
                .append("thread", List.of()).append("createdAt", new java.util.Date()).append("updatedAt", new java.util.Date())
                .append("keywords", List.of("publish", "review", "energi", "price", "cap", "methodolog", "spring", "consult",
                        "industri", "consum", "group", "option", "set", "call", "evid"))
                .append("yearAnswered", 2024).append("undated", false);
    }

    /** Imports the lines through the gateway in files of {@link #IMPORT_CHUNK}, two at a time, each until it ends. */
    private static void importAll(URI gateway, List<String> lines) throws Exception {
        List<String> jobs = new ArrayList<>();
        for (int from = 0; from < lines.size(); from += IMPORT_CHUNK) {
            List<String> chunk = lines.subList(from, Math.min(lines.size(), from + IMPORT_CHUNK));
            HttpResponse<String> accepted = HTTP.send(HttpRequest.newBuilder(gateway.resolve("/api/imports"))
                    .header("Authorization", "Bearer " + RunningSystem.EDITOR_KEY)
                    .header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofString(String.join("\n", chunk) + "\n"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (accepted.statusCode() != 202) {
                throw new IllegalStateException("Import refused: " + accepted.statusCode() + " " + accepted.body());
            }
            jobs.add(JSON.readTree(accepted.body()).get("id").asString());
            if (jobs.size() >= 2) {
                awaitImport(gateway, jobs.remove(0));
            }
        }
        for (String job : jobs) {
            awaitImport(gateway, job);
        }
    }

    private static void awaitImport(URI gateway, String id) {
        JsonNode job = await().atMost(Duration.ofHours(1)).pollInterval(Duration.ofMillis(250))
                .until(() -> get(gateway, "/api/imports/" + id), j -> !j.get("state").asString().matches("queued|running"));
        if (job.get("failed").asInt() > 0 || !job.get("state").asString().equals("completed")) {
            throw new IllegalStateException("Import did not complete cleanly: " + job);
        }
    }

    /**
     * Waits until every expected commitment's state is on the state topic (published once stored) and every expected
     * overdue alert on the alerts topic. Both are read from the topics, not asked of the API: on the stand-in a listing
     * sorts every commitment under the collection's lock, so asking it every second slowed the very writes measured.
     * The store's own count is checked once, at the end.
     */
    private static void awaitCounts(TestInfrastructure.Endpoints infrastructure, Expected expected, Duration atMost) {
        long[] last = {-1, -1};
        long started = System.nanoTime();
        try (KeyCounter states = new KeyCounter(infrastructure.kafkaBootstrapServers(), Topics.COMMITMENT_STATE, null);
             KeyCounter alerts = KeyCounter.overdueAlerts(infrastructure.kafkaBootstrapServers())) {
            await().atMost(atMost).pollInterval(Duration.ofSeconds(1)).until(() -> {
                long commitments = states.poll();
                long overdue = alerts.poll();
                if (commitments != last[0] || overdue != last[1]) {
                    System.out.printf("  %5.0f s: %,d of %,d commitments stored and published, %,d of %,d overdue alerts%n",
                            seconds(started), commitments, expected.commitments(), overdue, expected.overdue());
                    last[0] = commitments;
                    last[1] = overdue;
                }
                return commitments >= expected.commitments() && overdue >= expected.overdue();
            });
        }
    }

    /** Overdue alerts on the alerts topic, read from the start: records and distinct commitments. */
    private record AlertCount(long records, long distinct) {
    }

    private static AlertCount overdueAlerts(String bootstrap) {
        try (KeyCounter counter = KeyCounter.overdueAlerts(bootstrap)) {
            long before;
            do {
                before = counter.records;
                counter.poll();
            } while (counter.records != before || counter.records == 0);
            return new AlertCount(counter.records, counter.keys.size());
        }
    }

    /** Counts the records of a topic, from its start, and their distinct keys; of one event type only, if given. */
    private static final class KeyCounter implements AutoCloseable {

        private final KafkaConsumer<String, byte[]> consumer;
        private final String typePart;
        private final Set<String> keys = new HashSet<>();
        private long records;

        KeyCounter(String bootstrap, String topic, String typePart) {
            this.typePart = typePart;
            consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ConsumerConfig.GROUP_ID_CONFIG, "bench-counter-" + UUID.randomUUID(),
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new ByteArrayDeserializer());
            consumer.subscribe(List.of(topic));
        }

        static KeyCounter overdueAlerts(String bootstrap) {
            return new KeyCounter(bootstrap, Topics.ALERTS, ".commitment.overdue.");
        }

        /** Reads what has come since; returns the distinct keys so far. */
        long poll() {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                var type = record.headers().lastHeader("ce_type");
                if (typePart == null || (type != null && new String(type.value(), StandardCharsets.UTF_8).contains(typePart))) {
                    records++;
                    keys.add(record.key());
                }
            }
            return keys.size();
        }

        @Override
        public void close() {
            consumer.close();
        }
    }

    /** Waits until commitments-service's and notify-service's consumer groups have read every record of their topics. */
    private static void awaitConsumersCaughtUp(String bootstrap) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                for (String group : admin.listConsumerGroups().all().get().stream().map(g -> g.groupId())
                        .filter(g -> !g.startsWith("bench-")).toList()) {
                    Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                            .partitionsToOffsetAndMetadata().get();
                    Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(
                            committed.keySet().stream().collect(java.util.stream.Collectors.toMap(p -> p,
                                    p -> OffsetSpec.latest()))).all().get();
                    for (var entry : committed.entrySet()) {
                        if (entry.getValue() != null && entry.getValue().offset() < ends.get(entry.getKey()).offset()) {
                            return false;
                        }
                    }
                }
                return true;
            });
        }
    }

    private static long totalCommitments(URI gateway) throws IOException, InterruptedException {
        return get(gateway, "/api/commitments?size=1").get("total").asLong();
    }

    private static JsonNode get(URI gateway, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(gateway.resolve(path))
                .header("Authorization", "Bearer " + RunningSystem.VIEWER_KEY).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body());
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
