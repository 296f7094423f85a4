package org.commitmenttracker.system;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.commitmenttracker.localinfra.TestInfrastructure;

/**
 * The four services as separate processes, started from their executable jars the way {@code ./run.sh} and the
 * containers start them, against the test broker and store. Their logs go to {@code target/system-logs/}.
 */
final class RunningSystem implements AutoCloseable {

    static final String VIEWER_KEY = "viewer-" + "0123456789abcdef0123";
    static final String EDITOR_KEY = "editor-" + "0123456789abcdef0123";
    static final String ADMIN_KEY = "admin-" + "0123456789abcdef01234";

    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, String> env = new LinkedHashMap<>();
    private final Path logs = Path.of("target", "system-logs");

    /**
     * The services' JVM options, as {@code ./run.sh} gives them; {@code -Dtracker.service-jvm} replaces them (with
     * {@code {service}} replaced by each service's name).
     */
    static final String DEFAULT_JVM = "-Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1";

    private static final Map<String, String> DATABASES = Map.of("ingest-service", "ingest",
            "commitments-service", "commitments", "notify-service", "notify");

    /** Databases of their own, so that one test class's answers are new to another's system. */
    private final String databaseSuffix;

    private RunningSystem(String databaseSuffix) {
        this.databaseSuffix = databaseSuffix;
    }

    static RunningSystem start(String webhookAllowedHosts) {
        return start(webhookAllowedHosts, "");
    }

    /** @param databaseSuffix appended to each service's database name ({@code ingest-<suffix>}, ...); "" for none */
    static RunningSystem start(String webhookAllowedHosts, String databaseSuffix) {
        return start(webhookAllowedHosts, databaseSuffix, TestInfrastructure.endpoints());
    }

    /** As {@link #start(String, String)}, against the given broker and store. */
    static RunningSystem start(String webhookAllowedHosts, String databaseSuffix, TestInfrastructure.Endpoints infrastructure) {
        RunningSystem system = new RunningSystem(databaseSuffix);
        system.launchAll(webhookAllowedHosts, infrastructure);
        return system;
    }

    URI gateway() {
        return URI.create("http://127.0.0.1:" + ports.get("gateway"));
    }

    private void launchAll(String webhookAllowedHosts, TestInfrastructure.Endpoints infrastructure) {
        for (String service : List.of("ingest-service", "commitments-service", "notify-service", "gateway")) {
            ports.put(service, freePort());
        }
        env.put("KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafkaBootstrapServers());
        env.put("MONGODB_URI", infrastructure.mongoUri());
        env.put("TRACKER_API_KEYS", VIEWER_KEY + ":viewer," + EDITOR_KEY + ":editor," + ADMIN_KEY + ":admin");
        env.put("WEBHOOK_ALLOWED_HOSTS", webhookAllowedHosts);
        env.put("INGEST_PORT", String.valueOf(ports.get("ingest-service")));
        env.put("COMMITMENTS_PORT", String.valueOf(ports.get("commitments-service")));
        env.put("NOTIFY_PORT", String.valueOf(ports.get("notify-service")));
        env.put("GATEWAY_PORT", String.valueOf(ports.get("gateway")));
        env.put("INGEST_URL", "http://127.0.0.1:" + ports.get("ingest-service"));
        env.put("COMMITMENTS_URL", "http://127.0.0.1:" + ports.get("commitments-service"));
        env.put("NOTIFY_URL", "http://127.0.0.1:" + ports.get("notify-service"));
        try {
            Files.createDirectories(logs);
            for (String service : ports.keySet()) {
                launch(service);
            }
            awaitHealthy();
        } catch (IOException e) {
            close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Stops one service, as a crash or a deployment would, and waits until it has exited. */
    void stop(String service) {
        Process process = processes.remove(service);
        if (process != null) {
            terminate(process);
        }
    }

    /** Starts a stopped service again on its port, and waits until the whole system is healthy. */
    void restart(String service) {
        if (processes.containsKey(service)) {
            throw new IllegalStateException(service + " is running");
        }
        launch(service);
        awaitHealthy();
    }

    private void launch(String service) {
        Path jar = Path.of(System.getProperty("tracker.root"), service, "target",
                service + "-" + System.getProperty("tracker.version") + "-exec.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No executable jar " + jar + ": run the reactor build (./mvnw verify)");
        }
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // {service} in the options is the service's name, e.g. for a flight recording file of its own
        command.addAll(List.of(System.getProperty("tracker.service-jvm", DEFAULT_JVM).replace("{service}", service)
                .trim().split("\\s+")));
        command.addAll(List.of("-jar", jar.toString(),
                // alerts within a second of a deadline passing, so the test need not wait long
                "--notify.overdue.scan-interval=PT1S"));
        if (!databaseSuffix.isEmpty() && DATABASES.containsKey(service)) {
            command.add("--spring.mongodb.database=" + DATABASES.get(service) + "-" + databaseSuffix);
        }
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve(service + ".log").toFile()));
        builder.environment().putAll(env);
        try {
            processes.put(service, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitHealthy() {
        HttpClient http = HttpClient.newHttpClient();
        await("all services healthy through the gateway").atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    processes.forEach((service, p) -> {
                        if (!p.isAlive()) {
                            throw new IllegalStateException(service + " exited with " + p.exitValue() + "; see " + logs);
                        }
                    });
                    try {
                        return http.send(HttpRequest.newBuilder(gateway().resolve("/actuator/health")).build(),
                                HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
                    } catch (IOException e) {
                        return false;
                    }
                });
    }

    @Override
    public void close() {
        processes.values().forEach(Process::destroy);
        processes.values().forEach(RunningSystem::terminate);
        processes.clear();
    }

    private static void terminate(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
