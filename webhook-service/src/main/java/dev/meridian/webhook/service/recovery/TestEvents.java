package dev.meridian.webhook.service.recovery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.meridian.platform.events.EventTypes;
import dev.meridian.platform.failure.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The data of a test event: the first of the type's schema {@code examples} (docs/events, packaged under
 * {@code event-schemas/}), or, for schemas without examples, a value built from the schema (required properties,
 * enums, formats, bounds).
 */
@ApplicationScoped
public class TestEvents {

    private static final String ROOT = "event-schemas/";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectMapper mapper;
    private final Clock clock;
    private final Map<String, JsonNode> schemas = new ConcurrentHashMap<>();

    public TestEvents(ObjectMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    public JsonNode example(String type) {
        String path;
        try {
            path = type == null ? null : EventTypes.schemaPath(type);
        } catch (IllegalArgumentException e) {
            path = null;
        }
        JsonNode schema = path == null ? null : load(path);
        if (schema == null) {
            throw new RuleViolation("type", "no event type " + type + " with a published schema");
        }
        return build(schema, path, 0);
    }

    private JsonNode load(String path) {
        String normalized = URI.create("file:/" + path).normalize().getPath().substring(1);
        return schemas.computeIfAbsent(normalized, p -> {
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(ROOT + p)) {
                return in == null ? NODES.missingNode() : mapper.readTree(in);
            } catch (IOException e) {
                return NODES.missingNode();
            }
        }).isMissingNode() ? null : schemas.get(normalized);
    }

    private JsonNode build(JsonNode schema, String path, int depth) {
        if (depth > 12 || schema == null) {
            return NODES.nullNode();
        }
        if (schema.has("examples") && schema.get("examples").isArray() && !schema.get("examples").isEmpty()) {
            return schema.get("examples").get(0);
        }
        if (schema.has("const")) {
            return schema.get("const");
        }
        if (schema.has("enum")) {
            for (JsonNode option : schema.get("enum")) {
                if (!option.isNull()) {
                    return option;
                }
            }
            return NODES.nullNode();
        }
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            if (ref.startsWith("#")) {
                JsonNode root = load(path);
                return build(root == null ? null : root.at(ref.substring(1)), path, depth + 1);
            }
            String target = URI.create("file:/" + path).resolve(ref).getPath().substring(1);
            return build(load(target), target, depth + 1);
        }
        for (String combinator : new String[]{"oneOf", "anyOf", "allOf"}) {
            if (schema.has(combinator) && schema.get(combinator).isArray() && !schema.get(combinator).isEmpty()) {
                return build(schema.get(combinator).get(0), path, depth + 1);
            }
        }
        String type = typeOf(schema);
        return switch (type) {
            case "object" -> object(schema, path, depth);
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                int items = Math.max(1, schema.path("minItems").asInt(1));
                for (int i = 0; i < items; i++) {
                    array.add(build(schema.get("items"), path, depth + 1));
                }
                yield array;
            }
            case "integer" -> NODES.numberNode(Math.max(1, schema.path("minimum").asLong(1)));
            case "number" -> NODES.numberNode(Math.max(1, schema.path("minimum").asDouble(1)));
            case "boolean" -> NODES.booleanNode(true);
            case "null" -> NODES.nullNode();
            default -> NODES.textNode(string(schema));
        };
    }

    private ObjectNode object(JsonNode schema, String path, int depth) {
        ObjectNode object = NODES.objectNode();
        JsonNode properties = schema.path("properties");
        for (JsonNode required : schema.path("required")) {
            String name = required.asText();
            object.set(name, build(properties.get(name), path, depth + 1));
        }
        return object;
    }

    private static String typeOf(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type == null) {
            return schema.has("properties") ? "object" : "string";
        }
        if (type.isArray()) {
            Iterator<JsonNode> options = type.elements();
            while (options.hasNext()) {
                String option = options.next().asText();
                if (!option.equals("null")) {
                    return option;
                }
            }
            return "null";
        }
        return type.asText();
    }

    private String string(JsonNode schema) {
        String format = schema.path("format").asText("");
        String pattern = schema.path("pattern").asText("");
        return switch (format) {
            case "date-time" -> clock.instant().atOffset(ZoneOffset.UTC).toString();
            case "date" -> LocalDate.now(clock).toString();
            case "uuid" -> UUID.randomUUID().toString();
            case "email" -> "integrator@example.com";
            case "uri" -> "https://example.com/";
            default -> switch (pattern) {
                case "^[A-Z]{2}$" -> "DE";
                case "^[A-Z]{3}$" -> "EUR";
                default -> "example";
            };
        };
    }
}
