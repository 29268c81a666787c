package dev.meridian.fulfillment.api.reservation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.meridian.fulfillment.support.Reservations;
import dev.meridian.fulfillment.support.Shipments;
import dev.meridian.fulfillment.support.Stock;
import dev.meridian.platform.events.EventTypes;
import dev.meridian.platform.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ADR 031: confirm allocates (units stay on hand, unavailable); dispatch takes them out of stock. */
@QuarkusTest
@TestSecurity(user = "checkout", roles = {"integration", "merchant-admin", "order-manager"})
class AllocationTest {

    private static String confirmed(String order, String sku, int quantity) {
        String id = Reservations.reserve(order, "DE", Map.of(sku, quantity)).then().statusCode(201)
                .extract().path("id");
        given().when().post("/v1/reservations/" + id + "/confirm").then().statusCode(200)
                .body("status", equalTo("CONFIRMED"));
        return id;
    }

    private static String shipment(String order, String sku, int quantity) {
        Map<String, Object> body = Map.of("orderId", order, "customerId", "c-1", "market", "DE",
                "fromLocation", Stock.ORIGIN, "destinationCountry", "DE", "service", "economy-mail",
                "lines", List.of(Map.of("sku", sku, "quantity", quantity)),
                "parcels", List.of(Map.of("weightGrams", 600, "lengthCm", 30, "widthCm", 20, "heightCm", 5)));
        return Shipments.create(body).then().statusCode(201).extract().path("id");
    }

    private static long allocated(String sku) {
        return TestDatabase.count("select coalesce(sum(allocated), 0) from stock_level where sku = ? and location = ?",
                sku, Stock.ORIGIN);
    }

    @Test
    void confirming_keeps_the_units_on_hand_as_an_allocation_that_is_not_available() {
        String sku = Stock.skuWith(Stock.ORIGIN, 5);

        confirmed(Reservations.orderId(), sku, 2);

        assertThat(Stock.onHand(sku, Stock.ORIGIN)).isEqualTo(5);
        assertThat(allocated(sku)).isEqualTo(2);
        assertThat(Stock.available(sku, Stock.ORIGIN)).isEqualTo(3);
        given().when().get("/v1/stock/" + sku).then().statusCode(200)
                .body("[0].allocated", equalTo(2)).body("[0].available", equalTo(3));
    }

    @Test
    void dispatching_the_orders_shipment_takes_the_allocated_units_out_of_on_hand() {
        String sku = Stock.skuWith(Stock.ORIGIN, 5);
        String order = Reservations.orderId();
        confirmed(order, sku, 2);
        String shipment = shipment(order, sku, 2);

        given().when().post("/v1/admin/shipments/" + shipment + "/dispatch").then().statusCode(200);

        assertThat(Stock.onHand(sku, Stock.ORIGIN)).isEqualTo(3);
        assertThat(Stock.reserved(sku, Stock.ORIGIN)).isZero();
        assertThat(allocated(sku)).isZero();
        assertThat(Stock.available(sku, Stock.ORIGIN)).isEqualTo(3);
    }

    @Test
    void dispatching_the_same_shipment_twice_takes_the_units_out_once_and_emits_one_event() {
        String sku = Stock.skuWith(Stock.ORIGIN, 5);
        String order = Reservations.orderId();
        confirmed(order, sku, 2);
        String shipment = shipment(order, sku, 2);
        given().when().post("/v1/admin/shipments/" + shipment + "/dispatch").then().statusCode(200);

        given().when().post("/v1/admin/shipments/" + shipment + "/dispatch").then().statusCode(200)
                .body("state", equalTo("dispatched"));

        assertThat(Stock.onHand(sku, Stock.ORIGIN)).isEqualTo(3);
        assertThat(TestDatabase.count("select count(*) from outbox_event where type = ? and message_key = ?",
                EventTypes.FULFILLMENT_SHIPMENT_DISPATCHED, shipment)).isEqualTo(1);
    }

    @Test
    void confirming_a_hold_whose_units_are_no_longer_reserved_is_a_conflict_and_records_no_allocation() {
        String sku = Stock.skuWith(Stock.ORIGIN, 5);
        String id = Reservations.reserve(Reservations.orderId(), "DE", Map.of(sku, 2)).then().statusCode(201)
                .extract().path("id");
        // The held units went missing from reserved (a bug or a manual correction elsewhere).
        TestDatabase.execute("update stock_level set reserved = 0 where sku = ?", sku);

        given().when().post("/v1/reservations/" + id + "/confirm").then().statusCode(409)
                .contentType("application/problem+json");

        assertThat(TestDatabase.count("select count(*) from stock_allocation where reservation_id = cast(? as uuid)",
                id)).isZero();
        given().when().get("/v1/reservations/" + id).then().body("status", equalTo("HELD"));
    }

    @Test
    void confirming_twice_allocates_once() {
        String sku = Stock.skuWith(Stock.ORIGIN, 5);
        String id = confirmed(Reservations.orderId(), sku, 2);

        given().when().post("/v1/reservations/" + id + "/confirm").then().statusCode(200)
                .body("status", equalTo("CONFIRMED"));

        assertThat(allocated(sku)).isEqualTo(2);
        assertThat(Stock.available(sku, Stock.ORIGIN)).isEqualTo(3);
    }

    @Test
    void a_second_shipment_for_the_same_order_cannot_take_the_allocated_units_twice() {
        String sku = Stock.skuWith(Stock.ORIGIN, 5);
        String order = Reservations.orderId();
        confirmed(order, sku, 2);
        String first = shipment(order, sku, 2);
        String second = shipment(order, sku, 2);

        given().when().post("/v1/admin/shipments/" + first + "/dispatch").then().statusCode(200);
        given().when().post("/v1/admin/shipments/" + second + "/dispatch").then().statusCode(200);

        assertThat(Stock.onHand(sku, Stock.ORIGIN)).isEqualTo(3);
        assertThat(Stock.available(sku, Stock.ORIGIN)).isEqualTo(3);
    }

    @Test
    void a_confirmed_reservation_cannot_be_released_and_keeps_its_allocation() {
        String sku = Stock.skuWith(Stock.ORIGIN, 5);
        String id = confirmed(Reservations.orderId(), sku, 2);

        given().when().post("/v1/reservations/" + id + "/release").then().statusCode(409);

        assertThat(allocated(sku)).isEqualTo(2);
        assertThat(Stock.available(sku, Stock.ORIGIN)).isEqualTo(3);
    }

    @Test
    void releasing_an_unconfirmed_hold_makes_the_units_available_again_next_to_an_allocation() {
        String sku = Stock.skuWith(Stock.ORIGIN, 5);
        confirmed(Reservations.orderId(), sku, 2);
        String held = Reservations.reserve(Reservations.orderId(), "DE", Map.of(sku, 3)).then().statusCode(201)
                .extract().path("id");
        assertThat(Stock.available(sku, Stock.ORIGIN)).isZero();

        given().when().post("/v1/reservations/" + held + "/release").then().statusCode(200);

        assertThat(Stock.available(sku, Stock.ORIGIN)).isEqualTo(3);
        assertThat(allocated(sku)).isEqualTo(2);
        assertThat(Stock.onHand(sku, Stock.ORIGIN)).isEqualTo(5);
    }
}
