package org.commitmenttracker.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml cannot run here (no Docker engine), so this checks that it matches the code: its services,
 * the settings each service reads, and that only the gateway is published.
 */
class ComposeFileTest {

    private static final Path ROOT = Path.of(System.getProperty("tracker.root", ".."));
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:[^}]*)?}");

    @Test
    void runsTheFourServicesOnKafkaAndMongoWithHealthchecks() throws IOException {
        Map<String, Map<String, Object>> services = services();
        assertThat(services).containsOnlyKeys("kafka", "mongo", "ingest-service", "commitments-service",
                "notify-service", "gateway");
        assertThat(services.values()).allSatisfy(service -> assertThat(service).containsKey("healthcheck"));
    }

    @Test
    void onlyTheGatewayIsPublished() throws IOException {
        Map<String, Map<String, Object>> services = services();
        services.forEach((name, service) -> {
            if (name.equals("gateway")) {
                assertThat(service.get("ports")).isEqualTo(List.of("8080:8080"));
            } else {
                assertThat(service).as(name).doesNotContainKey("ports");
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingest-service", "commitments-service", "notify-service", "gateway"})
    void everySettingGivenIsOneTheServiceReadsAndEveryRequiredOneIsGiven(String service) throws IOException {
        String config = Files.readString(ROOT.resolve(service).resolve("src/main/resources/application.yml"));
        Set<String> read = new HashSet<>();
        Set<String> required = new HashSet<>();
        Matcher m = PLACEHOLDER.matcher(config);
        while (m.find()) {
            read.add(m.group(1));
            if (m.group(2) == null) {
                required.add(m.group(1));
            }
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> environment = (Map<String, Object>) services().get(service).get("environment");

        assertThat(read).as("settings %s reads", service).containsAll(environment.keySet());
        assertThat(environment.keySet()).as("settings compose gives %s", service).containsAll(required);
    }

    /** They bind to loopback by default (they do not authenticate); the image sets SERVER_ADDRESS=0.0.0.0. */
    @ParameterizedTest
    @ValueSource(strings = {"ingest-service", "commitments-service", "notify-service"})
    void servicesBehindTheGatewayTakeTheirBindAddressFromTheImage(String service) throws IOException {
        assertThat(Files.readString(ROOT.resolve(service).resolve("src/main/resources/application.yml")))
                .contains("address: ${SERVER_ADDRESS:127.0.0.1}");
        assertThat(Files.readString(ROOT.resolve("Dockerfile"))).contains("ENV SERVER_ADDRESS=0.0.0.0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingest-service:8081", "commitments-service:8082", "notify-service:8083", "gateway:8080"})
    void eachServiceIsCheckedOnThePortItListensOn(String serviceAndPort) throws IOException {
        String[] parts = serviceAndPort.split(":");
        Map<String, Object> service = services().get(parts[0]);
        assertThat(service.get("healthcheck").toString()).contains("localhost:" + parts[1] + "/actuator/health");
        assertThat(service.get("environment").toString()).contains("_PORT=" + parts[1]);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> services() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
        return (Map<String, Map<String, Object>>) compose.get("services");
    }
}
