package dev.meridian.fulfillment.api.returns;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.meridian.fulfillment.support.Keys;
import dev.meridian.fulfillment.support.Shipments;
import dev.meridian.fulfillment.support.Stock;
import dev.meridian.fulfillment.support.TestClock;
import dev.meridian.platform.events.EventTypes;
import dev.meridian.platform.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "ops", roles = {"order-manager", "merchant-admin"})
class ReturnTest {

    private static Response open(String shipmentId, String sku, int quantity) {
        return open(Keys.newKey(), shipmentId, sku, quantity);
    }

    private static Response open(String key, String shipmentId, String sku, int quantity) {
        return Keys.keyed(key).body(Map.of("shipmentId", shipmentId,
                        "lines", List.of(Map.of("sku", sku, "quantity", quantity, "reason", "too small"))))
                .when().post("/v1/returns");
    }

    private static Response receive(String returnId, Map<String, String> conditions) {
        return given().contentType("application/json").body(Map.of("conditions", conditions))
                .when().post("/v1/admin/returns/" + returnId + "/receive");
    }

    private static long returnsOf(String shipmentId) {
        return TestDatabase.count("select count(*) from return_case where shipment_id = cast(? as uuid)", shipmentId);
    }

    /** Noon (market time) on the given calendar day after delivery, so the test does not depend on the hour. */
    private static void moveToDay(int days) {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        var deliveredDate = TestClock.CLOCK.instant().atZone(berlin).toLocalDate();
        TestClock.CLOCK.set(deliveredDate.plusDays(days).atTime(12, 0).atZone(berlin).toInstant());
    }

    @Test
    void a_return_on_day_14_after_delivery_is_accepted_and_goes_to_the_local_hub() {
        TestClock.CLOCK.advance(Duration.ofDays(1)); // a fresh delivery day for this test
        Map<String, String> shipment = Shipments.delivered("DE", "DE", "c1");
        moveToDay(14);

        open(shipment.get("id"), shipment.get("sku"), 1).then().statusCode(201)
                .body("status", equalTo("OPEN")).body("destination", equalTo("HUB-DE"));
    }

    @Test
    void a_return_on_day_15_after_delivery_is_refused_in_the_eu() {
        TestClock.CLOCK.advance(Duration.ofDays(1));
        Map<String, String> shipment = Shipments.delivered("DE", "DE", "c1");
        moveToDay(15);

        open(shipment.get("id"), shipment.get("sku"), 1).then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("withdrawal window"));
    }

    @Test
    void without_a_local_hub_the_return_goes_to_the_origin() {
        Map<String, String> shipment = Shipments.delivered("FR", "FR", "c1");

        open(shipment.get("id"), shipment.get("sku"), 1).then().statusCode(201)
                .body("destination", equalTo(Stock.ORIGIN));
    }

    @Test
    void receiving_restocks_sellable_units_at_the_destination_but_not_damaged_ones() {
        Map<String, String> shipment = Shipments.delivered("DE", "DE", "c1");
        String id = open(shipment.get("id"), shipment.get("sku"), 2).then().statusCode(201).extract().path("id");

        given().contentType("application/json").body(Map.of("conditions", Map.of()))
                .when().post("/v1/admin/returns/" + id + "/receive").then().statusCode(200)
                .body("status", equalTo("RECEIVED")).body("lines[0].condition", equalTo("SELLABLE"));

        assertThat(Stock.onHand(shipment.get("sku"), "HUB-DE")).isEqualTo(2);
    }

    @Test
    void damaged_units_are_not_restocked() {
        Map<String, String> shipment = Shipments.delivered("DE", "DE", "c1");
        String id = open(shipment.get("id"), shipment.get("sku"), 1).then().statusCode(201).extract().path("id");

        given().contentType("application/json").body(Map.of("conditions", Map.of(shipment.get("sku"), "DAMAGED")))
                .when().post("/v1/admin/returns/" + id + "/receive").then().statusCode(200);

        assertThat(Stock.onHand(shipment.get("sku"), "HUB-DE")).isZero();
    }

    @Test
    void a_retry_with_the_same_idempotency_key_answers_the_same_return_and_opens_one() {
        Map<String, String> shipment = Shipments.delivered("DE", "DE", "c1");
        String key = Keys.newKey();
        Response first = open(key, shipment.get("id"), shipment.get("sku"), 1);
        first.then().statusCode(201);

        open(key, shipment.get("id"), shipment.get("sku"), 1).then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(first.path("id")));

        assertThat(returnsOf(shipment.get("id"))).isEqualTo(1);
    }

    @Test
    void the_same_idempotency_key_with_another_body_is_refused_with_422_and_opens_nothing_more() {
        Map<String, String> shipment = Shipments.delivered("DE", "DE", "c1");
        String key = Keys.newKey();
        open(key, shipment.get("id"), shipment.get("sku"), 1).then().statusCode(201);

        open(key, shipment.get("id"), shipment.get("sku"), 2).then().statusCode(422)
                .body("type", equalTo("https://meridian.dev/problems/idempotency-key-reused"));

        assertThat(returnsOf(shipment.get("id"))).isEqualTo(1);
    }

    @Test
    void receiving_again_with_the_same_conditions_replays_and_restocks_once() {
        Map<String, String> shipment = Shipments.delivered("DE", "DE", "c1");
        String id = open(shipment.get("id"), shipment.get("sku"), 2).then().statusCode(201).extract().path("id");
        receive(id, Map.of()).then().statusCode(200);

        receive(id, Map.of()).then().statusCode(200).header("Idempotent-Replayed", "true")
                .body("status", equalTo("RECEIVED"));

        assertThat(Stock.onHand(shipment.get("sku"), "HUB-DE")).isEqualTo(2);
        assertThat(TestDatabase.count("select count(*) from outbox_event where type = ? and message_key = ?",
                EventTypes.FULFILLMENT_RETURN_RECEIVED, id)).isEqualTo(1);
    }

    @Test
    void receiving_again_with_other_conditions_is_refused_with_422_and_changes_nothing() {
        Map<String, String> shipment = Shipments.delivered("DE", "DE", "c1");
        String id = open(shipment.get("id"), shipment.get("sku"), 2).then().statusCode(201).extract().path("id");
        receive(id, Map.of()).then().statusCode(200);

        receive(id, Map.of(shipment.get("sku"), "DAMAGED")).then().statusCode(422)
                .contentType("application/problem+json");

        assertThat(Stock.onHand(shipment.get("sku"), "HUB-DE")).isEqualTo(2);
    }

    @Test
    void more_units_than_shipped_cannot_be_returned() {
        Map<String, String> shipment = Shipments.delivered("DE", "DE", "c1");

        open(shipment.get("id"), shipment.get("sku"), 3).then().statusCode(400)
                .contentType("application/problem+json");
    }
}
