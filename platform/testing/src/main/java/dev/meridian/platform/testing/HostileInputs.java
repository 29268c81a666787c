package dev.meridian.platform.testing;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Walks a running service's OpenAPI document and sends every operation hostile variants of each body field and
 * parameter: wrong JSON types, null, empty, huge, NUL and other control characters, exponent amounts, unknown codes,
 * duplicate keys, deep nesting, bodies that are not JSON (issue 9, item 21). A service's test calls
 * {@link #sweep(String, Predicate)} and asserts {@link Report#failures()} is empty: no answer is a 5xx, and every 4xx
 * is problem+json. Variants are derived from the document, so a new endpoint is covered the day it is added.
 */
public final class HostileInputs {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    /** One refused expectation: which request, what came back. */
    public record Failure(String method, String path, String variant, int status, String contentType, String body) {
        @Override
        public String toString() {
            return "%s %s [%s] -> %d %s %s".formatted(method.toUpperCase(), path, variant, status, contentType,
                    body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }

    public record Report(int requests, List<Failure> failures) {
        public void assertClean() {
            if (!failures.isEmpty()) {
                StringBuilder text = new StringBuilder(failures.size() + " of " + requests + " hostile requests failed:\n");
                failures.stream().limit(60).forEach(f -> text.append("  ").append(f).append('\n'));
                throw new AssertionError(text.toString());
            }
        }
    }

    private final JsonNode document;
    private final String token;
    private final List<Failure> failures = new ArrayList<>();
    private int requests;

    private HostileInputs(JsonNode document, String token) {
        this.document = document;
        this.token = token;
    }

    /**
     * @param token   a bearer token sent with every request (so that requests reach the code behind security), or null
     * @param include which operations to sweep, given "METHOD /path" (e.g. to leave out an endpoint that wipes data)
     */
    public static Report sweep(String token, Predicate<String> include) {
        String openapi = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        HostileInputs sweep;
        try {
            sweep = new HostileInputs(JSON.readTree(openapi), token);
        } catch (Exception e) {
            throw new IllegalStateException("the OpenAPI document is not JSON", e);
        }
        sweep.run(include);
        return new Report(sweep.requests, List.copyOf(sweep.failures));
    }

    private void run(Predicate<String> include) {
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null && include.test(method.toUpperCase() + " " + path.getKey())) {
                    sweepOperation(method, path.getKey(), operation, path.getValue().path("parameters"));
                }
            }
        }
    }

    private void sweepOperation(String method, String template, JsonNode operation, JsonNode sharedParameters) {
        List<JsonNode> parameters = new ArrayList<>();
        sharedParameters.forEach(parameters::add);
        operation.path("parameters").forEach(p -> parameters.add(resolve(p)));
        JsonNode bodySchema = resolve(operation.path("requestBody").path("content").path("application/json").path("schema"));
        boolean jsonBody = !bodySchema.isMissingNode();
        JsonNode baselineBody = jsonBody ? sample(bodySchema, 0) : null;
        Map<String, String> baseline = new LinkedHashMap<>();
        for (JsonNode parameter : parameters) {
            baseline.put(parameter.path("in").asText() + ":" + parameter.path("name").asText(),
                    sampleText(resolve(parameter.path("schema"))));
        }

        send(method, template, baseline, jsonBody ? baselineBody.toString() : null, "baseline");
        for (JsonNode parameter : parameters) {
            String key = parameter.path("in").asText() + ":" + parameter.path("name").asText();
            for (Map.Entry<String, String> variant : textVariants().entrySet()) {
                Map<String, String> values = new LinkedHashMap<>(baseline);
                values.put(key, variant.getValue());
                send(method, template, values, jsonBody ? baselineBody.toString() : null, key + "=" + variant.getKey());
            }
        }
        if (!jsonBody) {
            return;
        }
        for (Map.Entry<String, String> raw : rawBodies(baselineBody).entrySet()) {
            send(method, template, baseline, raw.getValue(), "body " + raw.getKey());
        }
        for (List<String> field : fieldPaths(baselineBody, new ArrayList<>(), new ArrayList<>())) {
            for (Map.Entry<String, JsonNode> variant : valueVariants().entrySet()) {
                JsonNode body = baselineBody.deepCopy();
                if (replace(body, field, variant.getValue())) {
                    send(method, template, baseline, body.toString(), String.join(".", field) + "=" + variant.getKey());
                }
            }
        }
    }

    private void send(String method, String template, Map<String, String> parameters, String body, String variant) {
        String path = template;
        StringBuilder query = new StringBuilder();
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder()
                .timeout(java.time.Duration.ofSeconds(30))
                .header("Idempotency-Key", UUID.randomUUID().toString());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            String[] where = parameter.getKey().split(":", 2);
            switch (where[0]) {
                case "path" -> path = path.replace("{" + where[1] + "}", encode(parameter.getValue()));
                case "query" -> query.append(query.isEmpty() ? "?" : "&").append(encode(where[1])).append('=')
                        .append(encode(parameter.getValue()));
                case "header" -> {
                    String value = parameter.getValue();
                    boolean sendable = !value.isEmpty() && value.chars().allMatch(c -> c >= 0x20 && c < 0x7F);
                    if (sendable && !RESTRICTED_HEADERS.contains(where[1].toLowerCase(java.util.Locale.ROOT))) {
                        request.setHeader(where[1], value);
                    }
                }
                default -> { }
            }
        }
        java.net.http.HttpRequest.BodyPublisher publisher = body == null
                ? java.net.http.HttpRequest.BodyPublishers.noBody()
                : java.net.http.HttpRequest.BodyPublishers.ofString(body);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        java.net.http.HttpResponse<String> response;
        try {
            request.uri(java.net.URI.create(baseUrl() + path + query)).method(method.toUpperCase(), publisher);
            response = HTTP.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | RuntimeException e) {
            failures.add(new Failure(method, template, variant, -1, "", "no answer: " + e));
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        requests++;
        int status = response.statusCode();
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        if (status >= 500 || (status >= 400 && !contentType.startsWith("application/problem+json"))) {
            failures.add(new Failure(method, template, variant, status, contentType, response.body()));
        }
    }

    private static final java.net.http.HttpClient HTTP = java.net.http.HttpClient.newBuilder()
            .followRedirects(java.net.http.HttpClient.Redirect.NEVER)
            .connectTimeout(java.time.Duration.ofSeconds(5)).build();

    /** Headers the HTTP client sets itself or that this sweep sets (a document may still list them). */
    private static final java.util.Set<String> RESTRICTED_HEADERS = java.util.Set.of(
            "authorization", "content-length", "host", "connection", "expect", "upgrade", "content-type");

    private static String baseUrl() {
        return io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port;
    }

    private static String encode(String value) {
        return encodePath(value);
    }

    private static String encodePath(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (Character.isLetterOrDigit(c) && c < 0x80 || c == '-' || c == '_' || c == '.' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    /** Hostile texts for parameters (they are strings on the wire whatever the schema says). */
    private static Map<String, String> textVariants() {
        Map<String, String> variants = new LinkedHashMap<>();
        variants.put("empty", "");
        variants.put("huge", "x".repeat(3000));
        variants.put("NUL", "a\u0000b");
        variants.put("control", "a\u0007\u001bb");
        variants.put("exponent", "1e-999999999");
        variants.put("negative", "-1");
        variants.put("too-big-number", "99999999999999999999999");
        variants.put("unknown-code", "ZZ");
        variants.put("not-a-uuid", "not-a-uuid");
        variants.put("unicode", "ウールセーター\u200b");
        return variants;
    }

    /** Hostile values for JSON body fields. */
    private static Map<String, JsonNode> valueVariants() {
        Map<String, JsonNode> variants = new LinkedHashMap<>();
        variants.put("null", NODES.nullNode());
        variants.put("empty", NODES.textNode(""));
        variants.put("huge", NODES.textNode("x".repeat(100_000)));
        variants.put("NUL", NODES.textNode("a\u0000b"));
        variants.put("control", NODES.textNode("a\u0007b"));
        variants.put("exponent", NODES.textNode("1e-999999999"));
        variants.put("number", NODES.numberNode(12));
        variants.put("huge-number", NODES.numberNode(new java.math.BigInteger("9".repeat(40))));
        variants.put("negative", NODES.numberNode(-1));
        variants.put("fraction", NODES.numberNode(1.5));
        variants.put("boolean", NODES.booleanNode(true));
        variants.put("object", NODES.objectNode().put("x", 1));
        variants.put("array", NODES.arrayNode().add(1));
        variants.put("array-of-null", NODES.arrayNode().addNull());
        variants.put("unknown-code", NODES.textNode("XX"));
        variants.put("unknown-currency", NODES.textNode("XXX"));
        variants.put("long-array", longArray());
        return variants;
    }

    private static ArrayNode longArray() {
        ArrayNode array = NODES.arrayNode();
        for (int i = 0; i < 10_000; i++) {
            array.add("x" + i);
        }
        return array;
    }

    private static Map<String, String> rawBodies(JsonNode baseline) {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("not-json", "{not json");
        bodies.put("empty", "");
        bodies.put("null", "null");
        bodies.put("array", "[]");
        bodies.put("string", "\"text\"");
        bodies.put("deep", "[".repeat(5000) + "]".repeat(5000));
        bodies.put("deep-object", "{\"a\":".repeat(2000) + "1" + "}".repeat(2000));
        if (baseline.isObject() && baseline.size() > 0) {
            String first = baseline.fieldNames().next();
            String text = baseline.toString();
            bodies.put("duplicate-key", "{\"" + first + "\":" + baseline.get(first) + "," + text.substring(1));
        }
        return bodies;
    }

    /** Every field path of the baseline body (objects by name, arrays by their first element). */
    private static List<List<String>> fieldPaths(JsonNode node, List<String> prefix, List<List<String>> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                List<String> path = new ArrayList<>(prefix);
                path.add(field.getKey());
                out.add(path);
                fieldPaths(field.getValue(), path, out);
            });
        } else if (node.isArray() && !node.isEmpty()) {
            List<String> path = new ArrayList<>(prefix);
            path.add("0");
            out.add(path);
            fieldPaths(node.get(0), path, out);
        }
        return out;
    }

    private static boolean replace(JsonNode root, List<String> path, JsonNode value) {
        JsonNode parent = root;
        for (int i = 0; i < path.size() - 1; i++) {
            parent = parent.isArray() ? parent.get(Integer.parseInt(path.get(i))) : parent.get(path.get(i));
            if (parent == null) {
                return false;
            }
        }
        String last = path.getLast();
        if (parent instanceof ObjectNode object) {
            object.set(last, value);
            return true;
        }
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
            return true;
        }
        return false;
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int guard = 0; guard < 20 && current.has("$ref"); guard++) {
            String ref = current.get("$ref").asText();
            current = document.at(ref.substring(1));
        }
        if (current.has("allOf") && current.get("allOf").size() == 1) {
            return resolve(current.get("allOf").get(0));
        }
        return current;
    }

    /** A plausible value for a schema: the baseline each variant changes one field of. */
    private JsonNode sample(JsonNode schemaNode, int depth) {
        JsonNode schema = resolve(schemaNode);
        if (depth > 6) {
            return NODES.nullNode();
        }
        if (schema.has("enum") && !schema.get("enum").isEmpty()) {
            return schema.get("enum").get(0);
        }
        if (schema.has("example")) {
            return schema.get("example");
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        return switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                schema.path("properties").fields().forEachRemaining(p -> object.set(p.getKey(), sample(p.getValue(), depth + 1)));
                yield object;
            }
            case "array" -> NODES.arrayNode().add(sample(schema.path("items"), depth + 1));
            case "integer" -> NODES.numberNode(1);
            case "number" -> NODES.numberNode(1);
            case "boolean" -> NODES.booleanNode(true);
            default -> NODES.textNode(sampleText(schema));
        };
    }

    private String sampleText(JsonNode schemaNode) {
        JsonNode schema = resolve(schemaNode);
        if (schema.has("enum") && !schema.get("enum").isEmpty()) {
            return schema.get("enum").get(0).asText();
        }
        return switch (schema.path("format").asText("")) {
            case "uuid" -> UUID.randomUUID().toString();
            case "date" -> "2026-06-01";
            case "date-time" -> "2026-06-01T10:00:00Z";
            default -> switch (schema.path("type").asText("string")) {
                case "integer", "number" -> "1";
                case "boolean" -> "true";
                default -> "x1";
            };
        };
    }
}
