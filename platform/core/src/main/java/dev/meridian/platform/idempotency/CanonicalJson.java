package dev.meridian.platform.idempotency;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The body as a tree with every object's members sorted by name, at every depth, so that two requests that
 * mean the same thing ({"a":1,"b":2} and {"b":2,"a":1}, or a map whose keys arrived in another order) get one
 * fingerprint (ADR 003). Arrays keep their order: in JSON their order is meaning.
 */
final class CanonicalJson {

    private CanonicalJson() {
    }

    static byte[] bytes(ObjectMapper mapper, Object body) throws com.fasterxml.jackson.core.JsonProcessingException {
        return mapper.writeValueAsBytes(sorted(mapper.valueToTree(body)));
    }

    static JsonNode sorted(JsonNode node) {
        if (node == null) {
            return JsonNodeFactory.instance.nullNode();
        }
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            names.sort(null);
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            for (String name : names) {
                out.set(name, sorted(node.get(name)));
            }
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> out.add(sorted(element)));
            return out;
        }
        return node;
    }
}
