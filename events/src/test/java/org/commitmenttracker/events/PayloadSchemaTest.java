package org.commitmenttracker.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every event type's golden payload (the exact wire format, see {@link GoldenJsonTest}) is valid against the JSON
 * Schema of its message in docs/asyncapi.yaml, checked by a JSON Schema library (networknt, draft 2020-12).
 */
class PayloadSchemaTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode DOCUMENT = load();

    static Stream<EventType> eventTypes() {
        return Stream.of(EventType.values());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void theGoldenPayloadIsValidAgainstItsMessagesSchema(EventType type) throws IOException {
        List<Error> errors = schemaOf(type).validate(golden(type));

        assertThat(errors).as("%s against docs/asyncapi.yaml", type.typeId()).isEmpty();
    }

    @Test
    void aPayloadThatBreaksItsSchemaIsCaught() throws IOException {
        ObjectNode broken = (ObjectNode) golden(EventType.COMMITMENT_STATE);
        broken.put("version", "three");
        broken.remove("commitmentId");

        List<Error> errors = schemaOf(EventType.COMMITMENT_STATE).validate(broken);

        assertThat(errors).extracting(error -> error.getInstanceLocation() + ": " + error.getMessage())
                .anyMatch(error -> error.contains("version") && error.contains("integer expected"))
                .anyMatch(error -> error.contains("required property 'commitmentId'"));
    }

    /** The payload schema of the message named by the type's wire id, with the document's $refs resolving. */
    private static Schema schemaOf(EventType type) {
        String message = DOCUMENT.path("components").path("messages").properties().stream()
                .filter(entry -> type.typeId().equals(entry.getValue().path("name").asText()))
                .map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new AssertionError("docs/asyncapi.yaml has no message named " + type.typeId()));
        ObjectNode schema = DOCUMENT.deepCopy();
        schema.put("$ref", "#/components/messages/" + message + "/payload");
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of("urn:commitment-tracker:asyncapi"), schema);
    }

    /** {@code org.commitmenttracker.commitment.state.v1} is {@code golden/commitment-state.v1.json}. */
    private static JsonNode golden(EventType type) throws IOException {
        String name = type.typeId().substring("org.commitmenttracker.".length(), type.typeId().length() - ".v1".length())
                .replace('.', '-');
        try (InputStream in = PayloadSchemaTest.class.getResourceAsStream("/golden/" + name + ".v1.json")) {
            assertThat(in).as("a golden file for %s", type.typeId()).isNotNull();
            return JSON.readTree(in);
        }
    }

    private static JsonNode load() {
        try {
            return YAML.readTree(Files.readString(Path.of("..", "docs", "asyncapi.yaml")));
        } catch (IOException e) {
            throw new IllegalStateException("docs/asyncapi.yaml cannot be read", e);
        }
    }
}
