package org.commitmenttracker.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** docs/asyncapi.yaml describes every topic and every event type of the catalogue, and nothing else. */
class AsyncApiDocumentTest {

    @SuppressWarnings("unchecked")
    private final Map<String, Object> document = load();

    @Test
    void describesEveryTopic() {
        Map<String, Map<String, Object>> channels = (Map<String, Map<String, Object>>) document.get("channels");
        assertThat(channels.values().stream().map(channel -> channel.get("address")))
                .containsExactlyInAnyOrderElementsOf(Topics.ALL);
    }

    @Test
    void describesEveryEventTypeByItsWireId() {
        Map<String, Map<String, Object>> messages = (Map<String, Map<String, Object>>)
                ((Map<String, Object>) document.get("components")).get("messages");
        assertThat(messages.values().stream().map(message -> message.get("name")))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(EventType.values()).map(EventType::typeId).toList());
    }

    private static Map<String, Object> load() {
        try {
            return new Yaml().load(Files.readString(Path.of("..", "docs", "asyncapi.yaml")));
        } catch (IOException e) {
            throw new IllegalStateException("docs/asyncapi.yaml cannot be read", e);
        }
    }
}
