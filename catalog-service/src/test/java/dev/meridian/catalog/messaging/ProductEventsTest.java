package dev.meridian.catalog.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.meridian.catalog.support.Catalog;
import dev.meridian.catalog.support.Products;
import dev.meridian.platform.events.EventTypes;
import dev.meridian.platform.testing.JsonSchemas;
import dev.meridian.platform.testing.KafkaRecorder;
import dev.meridian.platform.testing.KafkaTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Real payloads from Kafka, validated against the published schemas. */
@QuarkusTest
@TestSecurity(user = "editor", roles = "catalog-editor")
class ProductEventsTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void publish_price_change_update_and_unpublish_each_emit_a_schema_valid_full_snapshot() throws Exception {
        String eu = Catalog.market("EU", "EUR", List.of("en", "de"), true);
        String sku = Products.uniqueSku();
        Map<String, Object> body = new HashMap<>(Products.newProduct(sku));
        body.put("hsCode", "611710");
        body.put("originCountry", "IT");
        body.put("taxCategory", "apparel");
        body.put("certifications", List.of("CE", "UKCA"));
        String id = Catalog.create(body);
        Catalog.publish(id, eu, true);
        Catalog.price(id, sku, eu, "EUR", "49.90");
        String etag = given().when().get("/v1/admin/products/" + id).then().extract().header("ETag");
        body.put("title", Map.of("en", "Merino wrap"));
        given().contentType("application/json").header("If-Match", etag).body(body)
                .when().put("/v1/admin/products/" + id).then().statusCode(200);
        Catalog.publish(id, eu, false);

        try (KafkaRecorder recorder = new KafkaRecorder(KafkaTestResource.broker().bootstrapServers(), CatalogEvents.TOPIC)) {
            List<JsonNode> events = await().atMost(Duration.ofSeconds(30)).until(() -> recorder.poll().stream()
                    .filter(r -> id.equals(r.key())).map(r -> read(r.value())).toList(), l -> l.size() >= 5);
            assertThat(events).extracting(e -> e.get("type").asText()).containsExactly(
                    EventTypes.CATALOG_PRODUCT_CREATED, EventTypes.CATALOG_PRODUCT_PUBLISHED, EventTypes.CATALOG_PRICE_CHANGED,
                    EventTypes.CATALOG_PRODUCT_UPDATED, EventTypes.CATALOG_PRODUCT_UNPUBLISHED);
            for (JsonNode event : events.subList(1, 5)) {
                JsonSchemas.assertValid("common/cloudevent.json", event);
                String type = event.get("type").asText().replace("meridian.catalog.", "");
                JsonSchemas.assertValid("catalog/" + type + ".json", event.get("data"));
            }
            JsonNode priced = events.get(2).get("data");
            assertThat(priced.at("/markets/0/prices/0/amount/amount").asText()).isEqualTo("49.90");
            assertThat(priced.at("/markets/0/taxInclusive").asBoolean()).isTrue();
            assertThat(priced.at("/certifications").toString()).isEqualTo("[\"CE\",\"UKCA\"]");
            assertThat(events.get(3).at("/data/title/en").asText()).isEqualTo("Merino wrap");
            assertThat(events.get(4).at("/data/markets/0/published").asBoolean()).isFalse();
        }
    }

    private JsonNode read(String value) {
        try {
            return json.readTree(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
