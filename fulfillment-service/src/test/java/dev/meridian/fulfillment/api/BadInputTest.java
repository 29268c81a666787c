package dev.meridian.fulfillment.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.meridian.fulfillment.support.Keys;
import dev.meridian.fulfillment.support.Reservations;
import dev.meridian.fulfillment.support.Stock;
import dev.meridian.platform.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad input gets 400 problem+json naming the field, and changes nothing. */
@QuarkusTest
@TestSecurity(user = "admin", roles = {"merchant-admin", "integration"})
class BadInputTest {

    private static long reservations() {
        return TestDatabase.count("select count(*) from reservation");
    }

    @Test
    void a_negative_reservation_quantity_is_refused_and_changes_nothing() {
        String sku = Stock.skuWith(Stock.ORIGIN, 5);
        long before = reservations();

        Reservations.reserve(Reservations.orderId(), "DE", Map.of(sku, -1)).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("lines[0].quantity"));

        assertThat(reservations()).isEqualTo(before);
        assertThat(Stock.available(sku, Stock.ORIGIN)).isEqualTo(5);
    }

    @Test
    void an_unknown_sku_in_a_reservation_is_refused_and_changes_nothing() {
        String sku = Stock.skuWith(Stock.ORIGIN, 5);
        long before = reservations();

        Reservations.reserve(Map.of("orderId", Reservations.orderId(), "market", "EU", "destinationCountry", "DE",
                "lines", List.of(
                        Map.of("sku", sku, "quantity", 1), Map.of("sku", "NO-SUCH-SKU", "quantity", 1))))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("lines[1].sku"));

        assertThat(reservations()).isEqualTo(before);
        assertThat(Stock.available(sku, Stock.ORIGIN)).isEqualTo(5);
    }

    @Test
    void an_adjustment_at_an_unknown_location_is_refused() {
        String sku = Stock.skuWith(Stock.ORIGIN, 5);

        Keys.keyed().body(Map.of("sku", sku, "location", "NOWHERE", "delta", 3,
                        "reason", "count")).when().post("/v1/admin/stock/adjustments")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("location"));

        assertThat(TestDatabase.count("select count(*) from stock_level where sku = ? and location = 'NOWHERE'", sku))
                .isZero();
    }

    @Test
    void an_unknown_market_in_a_reservation_is_refused() {
        String sku = Stock.skuWith(Stock.ORIGIN, 5);

        Reservations.reserve(Reservations.orderId(), "ZZ", Map.of(sku, 1)).then().statusCode(400)
                .body("errors[0].field", equalTo("market"));
        assertThat(Stock.available(sku, Stock.ORIGIN)).isEqualTo(5);
    }
}
