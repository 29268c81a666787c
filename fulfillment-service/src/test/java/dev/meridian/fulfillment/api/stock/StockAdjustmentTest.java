package dev.meridian.fulfillment.api.stock;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.meridian.fulfillment.support.Keys;
import dev.meridian.fulfillment.support.Reservations;
import dev.meridian.fulfillment.support.Stock;
import dev.meridian.platform.events.EventTypes;
import dev.meridian.platform.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "admin", roles = {"merchant-admin", "integration"})
class StockAdjustmentTest {

    private static Response adjust(String key, String sku, long delta) {
        return Keys.keyed(key).body(Map.of("sku", sku, "location", Stock.ORIGIN, "delta", delta,
                "reason", "goods received")).when().post("/v1/admin/stock/adjustments");
    }

    private static long stockEvents(String sku) {
        return TestDatabase.count("select count(*) from outbox_event where type = ? and message_key = ?",
                EventTypes.FULFILLMENT_STOCK_CHANGED, sku);
    }

    @Test
    void a_retry_with_the_same_key_applies_the_delta_once_and_replays_the_answer() {
        String sku = Stock.skuWith(Stock.ORIGIN, 5);
        long events = stockEvents(sku);
        String key = Keys.newKey();
        adjust(key, sku, 3).then().statusCode(200).body("onHand", equalTo(8));

        adjust(key, sku, 3).then().statusCode(200).header("Idempotent-Replayed", "true").body("onHand", equalTo(8));

        assertThat(Stock.onHand(sku, Stock.ORIGIN)).isEqualTo(8);
        assertThat(stockEvents(sku)).isEqualTo(events + 1);
    }

    @Test
    void the_same_key_with_another_delta_is_refused_with_422_and_changes_nothing() {
        String sku = Stock.skuWith(Stock.ORIGIN, 5);
        String key = Keys.newKey();
        adjust(key, sku, 3).then().statusCode(200);

        adjust(key, sku, 4).then().statusCode(422)
                .body("type", equalTo("https://meridian.dev/problems/idempotency-key-reused"));

        assertThat(Stock.onHand(sku, Stock.ORIGIN)).isEqualTo(8);
    }

    @Test
    void a_negative_adjustment_books_shrinkage_and_publishes_the_new_level() {
        String sku = Stock.skuWith(Stock.ORIGIN, 5);
        long events = stockEvents(sku);

        adjust(Keys.newKey(), sku, -2).then().statusCode(200).body("onHand", equalTo(3)).body("available", equalTo(3));

        assertThat(Stock.onHand(sku, Stock.ORIGIN)).isEqualTo(3);
        assertThat(stockEvents(sku)).isEqualTo(events + 1);
    }

    @Test
    void a_negative_adjustment_below_zero_on_hand_is_refused_with_409_and_changes_nothing() {
        String sku = Stock.skuWith(Stock.ORIGIN, 5);
        long events = stockEvents(sku);

        adjust(Keys.newKey(), sku, -6).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("5 on hand"));

        assertThat(Stock.onHand(sku, Stock.ORIGIN)).isEqualTo(5);
        assertThat(stockEvents(sku)).isEqualTo(events);
    }

    @Test
    void a_negative_adjustment_below_the_reserved_units_is_refused_with_409_and_changes_nothing() {
        String sku = Stock.skuWith(Stock.ORIGIN, 5);
        Reservations.reserve(Reservations.orderId(), "DE", Map.of(sku, 4)).then().statusCode(201);
        long events = stockEvents(sku);

        adjust(Keys.newKey(), sku, -2).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("4 reserved"));

        assertThat(Stock.onHand(sku, Stock.ORIGIN)).isEqualTo(5);
        assertThat(stockEvents(sku)).isEqualTo(events);
    }

    @Test
    void a_negative_adjustment_where_nothing_was_ever_stocked_is_refused_with_409() {
        String sku = Stock.uniqueSku();
        given().contentType("application/json").body(Map.of("weightGrams", 250)).when()
                .put("/v1/admin/skus/" + sku).then().statusCode(201);

        adjust(Keys.newKey(), sku, -1).then().statusCode(409).contentType("application/problem+json");

        assertThat(TestDatabase.count("select count(*) from stock_level where sku = ?", sku)).isZero();
    }

    @Test
    void an_adjustment_without_a_key_is_refused_and_changes_nothing() {
        String sku = Stock.skuWith(Stock.ORIGIN, 5);

        given().contentType("application/json").body(Map.of("sku", sku, "location", Stock.ORIGIN, "delta", 3,
                        "reason", "goods received")).when().post("/v1/admin/stock/adjustments")
                .then().statusCode(400).body("type", equalTo("https://meridian.dev/problems/idempotency-key-missing"));

        assertThat(Stock.onHand(sku, Stock.ORIGIN)).isEqualTo(5);
    }
}
