package dev.meridian.fulfillment.api.reservation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.meridian.fulfillment.support.Reservations;
import dev.meridian.fulfillment.support.Stock;
import dev.meridian.fulfillment.support.TestClock;
import dev.meridian.platform.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import dev.meridian.platform.events.EventTypes;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "checkout", roles = {"integration", "merchant-admin"})
class ReservationTest {

    @Test
    void a_retry_with_the_same_order_id_replays_the_first_answer_and_reserves_once() {
        String sku = Stock.skuWith(Stock.ORIGIN, 5);
        String order = Reservations.orderId();
        Response first = Reservations.reserve(order, "DE", Map.of(sku, 2));
        first.then().statusCode(201);

        Reservations.reserve(order, "DE", Map.of(sku, 2)).then().statusCode(201)
                .header("Idempotent-Replayed", "true").header("Location", first.header("Location"))
                .body("id", equalTo(first.path("id")));

        assertThat(TestDatabase.count("select count(*) from reservation where order_id = ?", order)).isEqualTo(1);
        assertThat(Stock.reserved(sku, Stock.ORIGIN)).isEqualTo(2);
        assertThat(TestDatabase.count("select count(*) from outbox_event where message_key = ? and type = ?", sku,
                EventTypes.FULFILLMENT_STOCK_CHANGED)).as("one stock.changed for the adjustment, one for the hold")
                .isEqualTo(2);
    }

    @Test
    void the_same_order_id_with_other_lines_is_refused_with_422_and_changes_nothing() {
        String sku = Stock.skuWith(Stock.ORIGIN, 5);
        String order = Reservations.orderId();
        Reservations.reserve(order, "DE", Map.of(sku, 2)).then().statusCode(201);

        Reservations.reserve(order, "DE", Map.of(sku, 3)).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://meridian.dev/problems/idempotency-key-reused"));

        assertThat(Stock.reserved(sku, Stock.ORIGIN)).isEqualTo(2);
    }

    @Test
    void all_lines_or_none_are_reserved() {
        String plenty = Stock.skuWith(Stock.ORIGIN, 5);
        String scarce = Stock.skuWith(Stock.ORIGIN, 1);
        Map<String, Integer> lines = new LinkedHashMap<>();
        lines.put(plenty, 2);
        lines.put(scarce, 2);

        Reservations.reserve(Reservations.orderId(), "DE", lines).then().statusCode(409)
                .contentType("application/problem+json").body("insufficientSkus[0]", equalTo(scarce));

        assertThat(Stock.reserved(plenty, Stock.ORIGIN)).isZero();
        assertThat(Stock.reserved(scarce, Stock.ORIGIN)).isZero();
    }

    @Test
    void ttl_expiry_releases_the_stock() {
        String sku = Stock.skuWith(Stock.ORIGIN, 3);
        String id = Reservations.reserve(Reservations.orderId(), "DE", Map.of(sku, 3)).then().statusCode(201)
                .extract().path("id");
        assertThat(Stock.available(sku, Stock.ORIGIN)).isZero();

        TestClock.CLOCK.advance(Duration.ofMinutes(15).plusSeconds(1));
        given().when().post("/v1/admin/reservations/expire-due").then().statusCode(200);

        assertThat(Stock.available(sku, Stock.ORIGIN)).isEqualTo(3);
        given().when().get("/v1/reservations/" + id).then().statusCode(200).body("status", equalTo("EXPIRED"));
    }

    @Test
    void a_hold_still_within_its_ttl_is_not_released() {
        String sku = Stock.skuWith(Stock.ORIGIN, 3);
        Reservations.reserve(Reservations.orderId(), "DE", Map.of(sku, 3)).then().statusCode(201);

        TestClock.CLOCK.advance(Duration.ofMinutes(14));
        given().when().post("/v1/admin/reservations/expire-due").then().statusCode(200);

        assertThat(Stock.available(sku, Stock.ORIGIN)).isZero();
    }

    @Test
    void releasing_gives_the_units_back() {
        String sku = Stock.skuWith(Stock.ORIGIN, 5);
        String id = Reservations.reserve(Reservations.orderId(), "DE", Map.of(sku, 2)).then().statusCode(201)
                .extract().path("id");

        given().when().post("/v1/reservations/" + id + "/release").then().statusCode(200)
                .body("status", equalTo("RELEASED"));

        assertThat(Stock.available(sku, Stock.ORIGIN)).isEqualTo(5);
    }

    @Test
    void a_de_order_is_routed_to_the_de_warehouse_and_the_reason_is_recorded() {
        String sku = Stock.skuWith(Stock.WH_DE, 2);
        Stock.add(sku, Stock.ORIGIN, 10);

        Reservations.reserve(Reservations.orderId(), "DE", Map.of(sku, 2)).then().statusCode(201)
                .body("lines[0].location", equalTo(Stock.WH_DE))
                .body("routing.reason", equalTo("LOCAL_WAREHOUSE_COMPLETE"));
    }

    @Test
    void a_de_order_the_de_warehouse_cannot_fill_ships_from_origin() {
        String sku = Stock.skuWith(Stock.WH_DE, 1);
        Stock.add(sku, Stock.ORIGIN, 10);

        Reservations.reserve(Reservations.orderId(), "DE", Map.of(sku, 2)).then().statusCode(201)
                .body("lines[0].location", equalTo(Stock.ORIGIN))
                .body("routing.reason", equalTo("ORIGIN_COMPLETE"));
        assertThat(Stock.reserved(sku, Stock.WH_DE)).isZero();
    }
}
