package dev.meridian.fulfillment.api.returns;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.meridian.fulfillment.support.Keys;
import dev.meridian.fulfillment.support.Shipments;
import dev.meridian.fulfillment.support.Stock;
import dev.meridian.fulfillment.support.TestClock;
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
        return Keys.keyed().body(Map.of("shipmentId", shipmentId,
                        "lines", List.of(Map.of("sku", sku, "quantity", quantity, "reason", "too small"))))
                .when().post("/v1/returns");
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
    void more_units_than_shipped_cannot_be_returned() {
        Map<String, String> shipment = Shipments.delivered("DE", "DE", "c1");

        open(shipment.get("id"), shipment.get("sku"), 3).then().statusCode(400)
                .contentType("application/problem+json");
    }
}
