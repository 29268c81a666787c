package dev.meridian.compliance.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.meridian.platform.testing.KafkaEvents;
import dev.meridian.platform.testing.KafkaRecorder;
import dev.meridian.platform.testing.KafkaTestResource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.awaitility.Awaitility;

/** Sends CloudEvents as other services would, and waits for what compliance publishes. */
public final class Events {

    public static final ObjectMapper JSON = new ObjectMapper();

    private Events() {
    }

    public static void send(String topic, String key, String source, String type, Object data) {
        ObjectNode event = JSON.createObjectNode();
        event.put("specversion", "1.0").put("id", UUID.randomUUID().toString()).put("source", source)
                .put("type", type).put("subject", key).put("time", Instant.now().toString())
                .put("datacontenttype", "application/json");
        event.set("data", JSON.valueToTree(data));
        KafkaEvents.publish(KafkaTestResource.broker().bootstrapServers(), topic, key, event.toString());
    }

    /** Waits for the first event on the recorder's topic that matches. */
    public static JsonNode await(KafkaRecorder recorder, Predicate<JsonNode> match) {
        return Awaitility.await().atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofMillis(200))
                .until(() -> all(recorder).stream().filter(match).findFirst(), java.util.Optional::isPresent).orElseThrow();
    }

    public static List<JsonNode> all(KafkaRecorder recorder) {
        return recorder.poll().stream().map(r -> {
            try {
                return JSON.readTree(r.value());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
