package dev.meridian.fulfillment.api.stock;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.meridian.fulfillment.support.Keys;
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
    void an_adjustment_without_a_key_is_refused_and_changes_nothing() {
        String sku = Stock.skuWith(Stock.ORIGIN, 5);

        given().contentType("application/json").body(Map.of("sku", sku, "location", Stock.ORIGIN, "delta", 3,
                        "reason", "goods received")).when().post("/v1/admin/stock/adjustments")
                .then().statusCode(400).body("type", equalTo("https://meridian.dev/problems/idempotency-key-missing"));

        assertThat(Stock.onHand(sku, Stock.ORIGIN)).isEqualTo(5);
    }
}
