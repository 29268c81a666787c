package dev.meridian.catalog.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.meridian.catalog.support.Products;
import dev.meridian.platform.testing.JsonSchemas;
import dev.meridian.platform.testing.KafkaRecorder;
import dev.meridian.platform.testing.KafkaTestResource;
import dev.meridian.platform.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "editor", roles = "catalog-editor")
class ProductCreatedEventTest {

    private final ObjectMapper json = new ObjectMapper();

    private static long eventsFor(KafkaRecorder recorder, String sku) {
        return recorder.poll().stream().filter(r -> r.value().contains("\"sku\":\"" + sku + "\"")).count();
    }

    @Test
    void creating_a_product_publishes_a_schema_valid_cloud_event_keyed_by_product_id() throws Exception {
        try (KafkaRecorder recorder = new KafkaRecorder(KafkaTestResource.broker().bootstrapServers(), CatalogEvents.TOPIC)) {
            String id = given().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                    .body(Products.newProduct()).when().post("/v1/admin/products")
                    .then().statusCode(201).extract().path("id");

            ConsumerRecord<String, String> record = await().atMost(Duration.ofSeconds(30))
                    .until(() -> recorder.poll().stream().filter(r -> id.equals(r.key())).findFirst(),
                            java.util.Optional::isPresent).orElseThrow();
            JsonNode event = json.readTree(record.value());
            JsonSchemas.assertValid("common/cloudevent.json", event);
            JsonSchemas.assertValid("catalog/product.created.v1.json", event.get("data"));
            assertThat(event.get("type").asText()).isEqualTo("meridian.catalog.product.created.v1");
            assertThat(event.get("subject").asText()).isEqualTo(id);
            assertThat(event.get("source").asText()).isEqualTo("/catalog-service");
        }
    }

    @Test
    void a_create_that_fails_after_the_outbox_write_leaves_neither_row_nor_event() throws Exception {
        String sku = Products.uniqueSku();
        given().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Products.newProduct(sku)).when().post("/v1/admin/products").then().statusCode(201);
        long eventsBefore = TestDatabase.count("select count(*) from outbox_event");

        // The duplicate SKU passes the outbox insert and fails only at commit (deferred unique constraint).
        Map<String, Object> duplicate = Products.newProduct(sku);
        given().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(duplicate).when().post("/v1/admin/products")
                .then().statusCode(409).contentType("application/problem+json");

        assertThat(TestDatabase.count("select count(*) from outbox_event")).isEqualTo(eventsBefore);
        assertThat(TestDatabase.count("select count(*) from product where sku = ?", sku)).isEqualTo(1);
        try (KafkaRecorder recorder = new KafkaRecorder(KafkaTestResource.broker().bootstrapServers(), CatalogEvents.TOPIC)) {
            // Wait for the first product's event, then give a second one time to show up if it existed.
            await().atMost(Duration.ofSeconds(30)).until(() -> eventsFor(recorder, sku) >= 1);
            await().pollDelay(Duration.ofSeconds(2)).until(() -> true);
            assertThat(eventsFor(recorder, sku)).isEqualTo(1);
        }
    }
}
