package dev.meridian.compliance.messaging;

import static dev.meridian.compliance.support.CatalogSnapshots.product;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meridian.compliance.support.CatalogSnapshots;
import dev.meridian.compliance.support.Events;
import dev.meridian.compliance.support.Http;
import dev.meridian.platform.events.EventTypes;
import dev.meridian.platform.testing.JsonSchemas;
import dev.meridian.platform.testing.KafkaRecorder;
import dev.meridian.platform.testing.KafkaTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "officer", roles = "compliance-officer")
class MarketStatusEventTest {

    private static void publish(String type, CatalogSnapshots product) {
        Events.send("catalog.events", product.id(), "/catalog-service", type, product.build());
    }

    private static JsonNode statusEvent(KafkaRecorder recorder, String productId, String market, String status) {
        JsonNode event = Events.await(recorder, e -> productId.equals(e.path("subject").asText())
                && statusOf(e, market).equals(status));
        JsonSchemas.assertValid("common/cloudevent.json", event);
        JsonSchemas.assertValid("compliance/product.market-status.v1.json", event.get("data"));
        assertThat(event.get("type").asText()).isEqualTo(EventTypes.COMPLIANCE_PRODUCT_MARKET_STATUS);
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

    private static KafkaRecorder complianceEvents() {
        return new KafkaRecorder(KafkaTestResource.broker().bootstrapServers(), "compliance.events");
    }

    @Test
    void a_toy_without_ce_is_blocked_in_the_eu_allowed_in_the_us_and_unblocked_by_the_certification() {
        String id = UUID.randomUUID().toString();
        try (KafkaRecorder recorder = complianceEvents()) {
            publish(EventTypes.CATALOG_PRODUCT_PUBLISHED, product(id).title("Wooden train"));

            JsonNode blocked = statusEvent(recorder, id, "DE", "blocked");
            assertThat(statusOf(blocked, "FR")).isEqualTo("blocked");
            assertThat(statusOf(blocked, "US")).isEqualTo("allowed");
            assertThat(blocked.toString()).contains("missing certification CE").contains("ce-toys-eu");

            publish(EventTypes.CATALOG_PRODUCT_UPDATED, product(id).title("Wooden train").certifications("CE").version(2));

            JsonNode allowed = statusEvent(recorder, id, "DE", "allowed");
            assertThat(statusOf(allowed, "FR")).isEqualTo("allowed");
        }
        given().when().get("/v1/products/" + id + "/market-status").then().statusCode(200)
                .body("find { it.market == 'DE' }.status", org.hamcrest.Matchers.equalTo("ALLOWED"));
    }

    @Test
    void a_replayed_older_snapshot_does_not_overwrite_newer_facts() {
        String id = UUID.randomUUID().toString();
        try (KafkaRecorder recorder = complianceEvents()) {
            publish(EventTypes.CATALOG_PRODUCT_UPDATED, product(id).title("Wooden ship").certifications("CE").version(2));
            statusEvent(recorder, id, "DE", "allowed");

            // a replay from the dead-letter topic: the snapshot before CE was added
            publish(EventTypes.CATALOG_PRODUCT_PUBLISHED, product(id).title("Wooden ship").version(1));
            // the next change, on the same key and so read after the replay
            publish(EventTypes.CATALOG_PRODUCT_UPDATED, product(id).title("Wooden ship").certifications("CE").version(3)
                    .markets("DE", "FR", "US", "JP"));
            statusEvent(recorder, id, "JP", "allowed");

            assertThat(Events.all(recorder).stream().filter(e -> id.equals(e.path("subject").asText()))
                    .map(e -> statusOf(e, "DE"))).containsOnly("allowed");
        }
    }

    @Test
    void a_protected_term_puts_the_product_in_review_until_an_officer_approves() {
        Http.create(Map.of("term", "Brio")).when().post("/v1/admin/protected-terms").then().statusCode(201);
        String id = UUID.randomUUID().toString();
        String innocent = UUID.randomUUID().toString();
        try (KafkaRecorder recorder = complianceEvents()) {
            publish(EventTypes.CATALOG_PRODUCT_PUBLISHED, product(id).certifications("CE")
                    .title("Train compatible with BRÍO tracks"));
            publish(EventTypes.CATALOG_PRODUCT_PUBLISHED, product(innocent).certifications("CE").title("Embriosoft teddy"));

            statusEvent(recorder, id, "DE", "needs-review");
            statusEvent(recorder, innocent, "DE", "allowed");

            Http.create(Map.of("approved", true, "comment", "licensed"))
                    .when().post("/v1/admin/products/" + id + "/review").then().statusCode(200);

            statusEvent(recorder, id, "DE", "allowed");
        }
    }

    @Test
    void a_new_restriction_rule_re_publishes_affected_products() {
        String id = UUID.randomUUID().toString();
        try (KafkaRecorder recorder = complianceEvents()) {
            publish(EventTypes.CATALOG_PRODUCT_PUBLISHED, product(id).certifications("CE").title("Wooden plane")
                    .categories("wooden-planes"));
            statusEvent(recorder, id, "US", "allowed");

            Http.create(Map.of("id", "no-wooden-planes-us", "category", "wooden-planes", "market", "US",
                    "kind", "FORBIDDEN")).when().post("/v1/admin/restriction-rules").then().statusCode(201);

            statusEvent(recorder, id, "US", "blocked");
        }
    }
}
