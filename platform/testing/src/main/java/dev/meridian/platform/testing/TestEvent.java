package dev.meridian.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.time.Instant;
import java.util.UUID;

/**
 * The one CloudEvent builder for tests: what another service would put on a topic, in the platform's structured
 * form. {@link #publish(String)} first checks {@code data} against the producer's JSON Schema in docs/events
 * (the consumer contract test of issue 8, item 5): a fixture that the producer could never send fails the test
 * instead of passing it. Use {@link #unchecked()} only for tests about malformed or foreign events.
 */
public final class TestEvent {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private final String type;
    private String id = UUID.randomUUID().toString();
    private String source;
    private String subject = UUID.randomUUID().toString();
    private Instant time = Instant.now();
    private JsonNode data = JSON.createObjectNode();
    private boolean checked = true;

    private TestEvent(String type) {
        this.type = type;
        this.source = "/" + serviceOf(type) + "-service";
    }

    /** @param type e.g. {@code EventTypes.CATALOG_PRODUCT_PUBLISHED} */
    public static TestEvent of(String type) {
        return new TestEvent(type);
    }

    public TestEvent id(String id) {
        this.id = id;
        return this;
    }

    public TestEvent source(String source) {
        this.source = source;
        return this;
    }

    public TestEvent subject(String subject) {
        this.subject = subject;
        return this;
    }

    public TestEvent time(Instant time) {
        this.time = time;
        return this;
    }

    public TestEvent data(Object data) {
        this.data = JSON.valueToTree(data);
        return this;
    }

    /** Skips the schema check: for events the producer could not send (malformed-input tests). */
    public TestEvent unchecked() {
        this.checked = false;
        return this;
    }

    public String id() {
        return id;
    }

    public String json() {
        ObjectNode event = JSON.createObjectNode();
        event.put("specversion", "1.0").put("id", id).put("source", source).put("type", type).put("subject", subject)
                .put("time", time.toString()).put("datacontenttype", "application/json");
        event.set("data", data);
        return event.toString();
    }

    /** Validates {@code data} against the producer's schema (when one exists for the type), then publishes. */
    public TestEvent publish(String topic) {
        return publish(KafkaTestResource.broker().bootstrapServers(), topic);
    }

    public TestEvent publish(String bootstrapServers, String topic) {
        if (checked) {
            assertMatchesProducerSchema();
        }
        KafkaEvents.publish(bootstrapServers, topic, subject, json());
        return this;
    }

    /** Fails when the type has a schema in docs/events and {@code data} breaks it. */
    public void assertMatchesProducerSchema() {
        String schema = schemaPath(type);
        if (schema != null && Files.exists(RepoRoot.find().resolve("docs/events").resolve(schema))) {
            JsonSchemas.assertValid(schema, data);
        }
    }

    private static String serviceOf(String type) {
        String[] parts = type.split("\\.");
        return parts.length > 1 ? parts[1] : "test";
    }

    /** {@code meridian.catalog.product.published.v1} → {@code catalog/product.published.v1.json}. */
    static String schemaPath(String type) {
        if (!type.startsWith("meridian.")) {
            return null;
        }
        String rest = type.substring("meridian.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? null : rest.substring(0, dot) + "/" + rest.substring(dot + 1) + ".json";
    }
}
