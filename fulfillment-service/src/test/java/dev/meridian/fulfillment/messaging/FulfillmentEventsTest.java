package dev.meridian.fulfillment.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.meridian.fulfillment.support.Keys;
import dev.meridian.fulfillment.support.Reservations;
import dev.meridian.fulfillment.support.Shipments;
import dev.meridian.fulfillment.support.Stock;
import dev.meridian.fulfillment.support.TestClock;
import dev.meridian.platform.events.EventTypes;
import dev.meridian.platform.testing.JsonSchemas;
import dev.meridian.platform.testing.KafkaRecorder;
import dev.meridian.platform.testing.KafkaTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Producer contract: what reaches Kafka validates against docs/events/fulfillment, keyed by the aggregate. */
@QuarkusTest
@TestSecurity(user = "ops", roles = {"order-manager", "merchant-admin", "integration"})
class FulfillmentEventsTest {

    private final ObjectMapper json = new ObjectMapper();
    private KafkaRecorder recorder;

    @BeforeEach
    void listen() {
        recorder = new KafkaRecorder(KafkaTestResource.broker().bootstrapServers(), FulfillmentEvents.TOPIC);
    }

    @AfterEach
    void stop() {
        recorder.close();
    }

    private JsonNode published(String type, String key) throws Exception {
        ConsumerRecord<String, String> record = await().atMost(Duration.ofSeconds(30)).until(() -> recorder.poll()
                        .stream().filter(r -> key.equals(r.key()) && r.value().contains("\"" + type + "\""))
                        .findFirst(), Optional::isPresent).orElseThrow();
        JsonNode event = json.readTree(record.value());
        JsonSchemas.assertValid("common/cloudevent.json", event);
        assertThat(event.get("source").asText()).isEqualTo("/fulfillment-service");
        assertThat(event.get("subject").asText()).isEqualTo(key);
        return event.get("data");
    }

    @Test
    void a_stock_change_publishes_stock_changed() throws Exception {
        String sku = Stock.skuWith(Stock.ORIGIN, 7);

        JsonNode data = published(EventTypes.FULFILLMENT_STOCK_CHANGED, sku);

        JsonSchemas.assertValid("fulfillment/stock.changed.v1.json", data);
        assertThat(data.get("available").asLong()).isEqualTo(7);
    }

    @Test
    void an_expired_hold_publishes_reservation_expired() throws Exception {
        String order = Reservations.orderId();
        Reservations.reserve(order, "DE", Map.of(Stock.skuWith(Stock.ORIGIN, 2), 1)).then().statusCode(201);
        TestClock.CLOCK.advance(Duration.ofHours(3));
        given().when().post("/v1/admin/reservations/expire-due").then().statusCode(200);

        JsonSchemas.assertValid("fulfillment/reservation.expired.v1.json",
                published(EventTypes.FULFILLMENT_RESERVATION_EXPIRED, order));
    }

    @Test
    void dispatch_and_delivery_publish_their_events() throws Exception {
        var created = Shipments.create(Shipments.request(Stock.skuWith(Stock.ORIGIN, 5), "DE", "DE", "c1"));
        String id = created.path("id");
        given().when().post("/v1/admin/shipments/" + id + "/dispatch").then().statusCode(200);
        Shipments.track(created.path("trackingNumber"), "DELIVERED").then().statusCode(200);

        JsonNode dispatched = published(EventTypes.FULFILLMENT_SHIPMENT_DISPATCHED, id);
        JsonSchemas.assertValid("fulfillment/shipment.dispatched.v1.json", dispatched);
        assertThat(dispatched.get("trackingNumber").asText()).isEqualTo(created.path("trackingNumber"));
        JsonSchemas.assertValid("fulfillment/shipment.delivered.v1.json",
                published(EventTypes.FULFILLMENT_SHIPMENT_DELIVERED, id));
    }

    @Test
    void a_received_return_publishes_return_received() throws Exception {
        Map<String, String> shipment = Shipments.delivered("DE", "DE", "c1");
        String returnId = Keys.keyed().body(Map.of("shipmentId", shipment.get("id"),
                        "lines", List.of(Map.of("sku", shipment.get("sku"), "quantity", 1, "reason", "too big"))))
                .when().post("/v1/returns").then().statusCode(201).extract().path("id");
        given().contentType("application/json").body(Map.of("conditions", Map.of()))
                .when().post("/v1/admin/returns/" + returnId + "/receive").then().statusCode(200);

        JsonNode data = published(EventTypes.FULFILLMENT_RETURN_RECEIVED, returnId);
        JsonSchemas.assertValid("fulfillment/return.received.v1.json", data);
        assertThat(data.get("destination").asText()).isEqualTo("HUB-DE");
    }
}
