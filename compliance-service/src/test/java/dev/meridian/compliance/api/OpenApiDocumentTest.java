package dev.meridian.compliance.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The lint (deploy/local/lint-openapi.sh) wants a summary and description on every operation and defined tags. */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void every_operation_has_a_summary_a_description_and_a_defined_tag() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString());
        Set<String> tags = new HashSet<>();
        doc.path("tags").forEach(t -> tags.add(t.path("name").asText()));
        List<String> missing = new ArrayList<>();
        doc.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            JsonNode o = op.getValue();
            String where = op.getKey() + " " + path.getKey();
            if (o.path("summary").asText("").isBlank()) {
                missing.add(where + ": summary");
            }
            if (o.path("description").asText("").isBlank()) {
                missing.add(where + ": description");
            }
            if (o.path("tags").isEmpty() || !tags.containsAll(toList(o.path("tags")))) {
                missing.add(where + ": defined tag");
            }
        }));
        assertThat(missing).isEmpty();
    }

    /** Quotes create nothing (a pure function of the request and today's rules), so they alone need no key. */
    @Test
    void every_creating_post_documents_a_required_idempotency_key_header() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString());
        List<String> undocumented = new ArrayList<>();
        doc.path("paths").properties().forEach(path -> {
            JsonNode post = path.getValue().path("post");
            if (post.isMissingNode() || path.getKey().equals("/v1/quotes")) {
                return;
            }
            boolean documented = false;
            for (JsonNode p : post.path("parameters")) {
                documented |= "Idempotency-Key".equals(p.path("name").asText()) && "header".equals(p.path("in").asText())
                        && p.path("required").asBoolean() && !p.path("description").asText("").isBlank();
            }
            if (!documented) {
                undocumented.add(path.getKey());
            }
        });
        assertThat(undocumented).isEmpty();
        assertThat(doc.path("paths").size()).isGreaterThan(10);
    }

    private static List<String> toList(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
