package dev.meridian.compliance.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meridian.compliance.support.Events;
import dev.meridian.platform.testing.JsonSchemas;
import dev.meridian.platform.testing.KafkaRecorder;
import dev.meridian.platform.testing.KafkaTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "officer", roles = "compliance-officer")
class MarketStatusEventTest {

    /** A catalog payload with more fields than compliance reads: unknown ones must be tolerated. */
    private static Map<String, Object> product(String id, List<String> certifications, String title) {
        Map<String, Object> data = new HashMap<>();
        data.put("id", id);
        data.put("sku", "SKU-" + id.substring(0, 8));
        data.put("categoryIds", List.of("toys"));
        data.put("taxCategory", "standard");
        data.put("certifications", certifications);
        data.put("title", Map.of("en", title, "de", title));
        data.put("description", Map.of("en", "A wooden toy"));
        data.put("markets", List.of("DE", "FR", "US"));
        data.put("basePrice", Map.of("currency", "EUR", "amount", "19.90"));
        return data;
    }

    private static void publish(String type, Map<String, Object> product) {
        Events.send("catalog.events", (String) product.get("id"), "/catalog-service", type, product);
    }

    private static JsonNode statusEvent(KafkaRecorder recorder, String productId, String market, String status) {
        JsonNode event = Events.await(recorder, e -> productId.equals(e.path("subject").asText())
                && statusOf(e, market).equals(status));
        JsonSchemas.assertValid("common/cloudevent.json", event);
        JsonSchemas.assertValid("compliance/product.market-status.v1.json", event.get("data"));
        assertThat(event.get("type").asText()).isEqualTo("meridian.compliance.product.market-status.v1");
        return event;
    }

    private static String statusOf(JsonNode event, String market) {
        for (JsonNode m : event.path("data").path("markets")) {
            if (market.equals(m.path("market").asText())) {
                return m.path("status").asText();
            }
        }
        return "";
    }

    @Test
    void a_toy_without_ce_is_blocked_in_the_eu_allowed_in_the_us_and_unblocked_by_the_certification() {
        String id = UUID.randomUUID().toString();
        try (KafkaRecorder recorder = new KafkaRecorder(KafkaTestResource.broker().bootstrapServers(), "compliance.events")) {
            publish("meridian.catalog.product.published.v1", product(id, List.of(), "Wooden train"));

            JsonNode blocked = statusEvent(recorder, id, "DE", "blocked");
            assertThat(statusOf(blocked, "FR")).isEqualTo("blocked");
            assertThat(statusOf(blocked, "US")).isEqualTo("allowed");
            assertThat(blocked.toString()).contains("missing certification CE").contains("ce-toys-eu");

            publish("meridian.catalog.product.updated.v1", product(id, List.of("CE"), "Wooden train"));

            JsonNode allowed = statusEvent(recorder, id, "DE", "allowed");
            assertThat(statusOf(allowed, "FR")).isEqualTo("allowed");
        }
        given().when().get("/v1/products/" + id + "/market-status").then().statusCode(200)
                .body("find { it.market == 'DE' }.status", org.hamcrest.Matchers.equalTo("ALLOWED"));
    }

    @Test
    void a_protected_term_puts_the_product_in_review_until_an_officer_approves() {
        given().contentType("application/json").body(Map.of("term", "Brio")).when().post("/v1/admin/protected-terms")
                .then().statusCode(201);
        String id = UUID.randomUUID().toString();
        String innocent = UUID.randomUUID().toString();
        try (KafkaRecorder recorder = new KafkaRecorder(KafkaTestResource.broker().bootstrapServers(), "compliance.events")) {
            publish("meridian.catalog.product.published.v1", product(id, List.of("CE"), "Train compatible with BRÍO tracks"));
            publish("meridian.catalog.product.published.v1", product(innocent, List.of("CE"), "Embriosoft teddy"));

            statusEvent(recorder, id, "DE", "needs-review");
            statusEvent(recorder, innocent, "DE", "allowed");

            given().contentType("application/json").body(Map.of("approved", true, "comment", "licensed"))
                    .when().post("/v1/admin/products/" + id + "/review").then().statusCode(200);

            statusEvent(recorder, id, "DE", "allowed");
        }
    }

    @Test
    void a_new_restriction_rule_re_publishes_affected_products() {
        String id = UUID.randomUUID().toString();
        try (KafkaRecorder recorder = new KafkaRecorder(KafkaTestResource.broker().bootstrapServers(), "compliance.events")) {
            Map<String, Object> product = product(id, List.of("CE"), "Wooden plane");
            product.put("categoryIds", List.of("wooden-planes"));
            publish("meridian.catalog.product.published.v1", product);
            statusEvent(recorder, id, "US", "allowed");

            given().contentType("application/json").body(Map.of("id", "no-wooden-planes-us", "category", "wooden-planes",
                    "market", "US", "kind", "FORBIDDEN")).when().post("/v1/admin/restriction-rules").then().statusCode(201);

            statusEvent(recorder, id, "US", "blocked");
        }
    }
}
