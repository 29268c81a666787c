package dev.meridian.fulfillment.api.stock;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.meridian.fulfillment.support.Keys;
import dev.meridian.fulfillment.support.Reservations;
import dev.meridian.fulfillment.support.Shipments;
import dev.meridian.fulfillment.support.Stock;
import dev.meridian.fulfillment.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The ERP counts stock at some moment and sends the count later. Movements booked here after that moment
 * (shrinkage, dispatches, restocks) are not in the count, so they are applied on top of it instead of being undone.
 */
@QuarkusTest
@TestSecurity(user = "erp", roles = {"integration", "merchant-admin", "order-manager"})
class FeedReconciliationTest {

    private static void feed(String sku, long onHand, Instant asOf) {
        String line = "{\"sku\":\"" + sku + "\",\"location\":\"" + Stock.ORIGIN + "\",\"onHand\":" + onHand
                + ",\"asOf\":\"" + asOf + "\"}\n";
        String job = given().config(io.restassured.RestAssured.config().encoderConfig(io.restassured.config.EncoderConfig
                        .encoderConfig().encodeContentTypeAs("application/x-ndjson", io.restassured.http.ContentType.TEXT)))
                .contentType("application/x-ndjson").header(Keys.HEADER, Keys.newKey()).body(line)
                .when().post("/v1/admin/stock/feeds").then().statusCode(202).extract().path("id");
        await().atMost(Duration.ofSeconds(60)).until(() -> "DONE".equals(
                given().when().get("/v1/admin/stock/feeds/" + job).then().extract().path("status")));
    }

    private static void adjust(String sku, long delta) {
        Keys.keyed().body(Map.of("sku", sku, "location", Stock.ORIGIN, "delta", delta, "reason", "count correction"))
                .when().post("/v1/admin/stock/adjustments").then().statusCode(200);
    }

    /** A moment strictly between what happened so far and what happens next. */
    private static Instant countedNow() {
        TestClock.CLOCK.advance(Duration.ofSeconds(1));
        Instant countedAt = TestClock.CLOCK.instant();
        TestClock.CLOCK.advance(Duration.ofSeconds(1));
        return countedAt;
    }

    @Test
    void shrinkage_booked_after_the_erps_count_is_not_undone_by_the_count() {
        String sku = Stock.skuWith(Stock.ORIGIN, 10);
        Instant countedAt = countedNow();
        adjust(sku, -2);

        feed(sku, 10, countedAt);

        assertThat(Stock.onHand(sku, Stock.ORIGIN)).isEqualTo(8);
    }

    @Test
    void a_dispatch_after_the_erps_count_is_not_undone_by_the_count() {
        String sku = Stock.skuWith(Stock.ORIGIN, 10);
        Instant countedAt = countedNow();
        String order = Reservations.orderId();
        String reservation = Reservations.reserve(order, "DE", Map.of(sku, 2)).then().statusCode(201)
                .extract().path("id");
        given().when().post("/v1/reservations/" + reservation + "/confirm").then().statusCode(200);
        String shipment = Shipments.create(Map.of("orderId", order, "customerId", "c-1", "market", "DE",
                        "fromLocation", Stock.ORIGIN, "destinationCountry", "DE", "service", "economy-mail",
                        "lines", List.of(Map.of("sku", sku, "quantity", 2)),
                        "parcels", List.of(Map.of("weightGrams", 600, "lengthCm", 30, "widthCm", 20, "heightCm", 5))))
                .then().statusCode(201).extract().path("id");
        given().when().post("/v1/admin/shipments/" + shipment + "/dispatch").then().statusCode(200);

        feed(sku, 10, countedAt);

        assertThat(Stock.onHand(sku, Stock.ORIGIN)).isEqualTo(8);
    }

    @Test
    void goods_received_before_the_count_are_in_the_count_and_not_added_again() {
        String sku = Stock.skuWith(Stock.ORIGIN, 10);
        adjust(sku, 5);
        Instant countedAt = countedNow();

        feed(sku, 14, countedAt);

        assertThat(Stock.onHand(sku, Stock.ORIGIN)).isEqualTo(14);
    }

    @Test
    void goods_received_after_the_count_are_added_to_it() {
        String sku = Stock.skuWith(Stock.ORIGIN, 10);
        Instant countedAt = countedNow();
        adjust(sku, 5);

        feed(sku, 12, countedAt);

        assertThat(Stock.onHand(sku, Stock.ORIGIN)).isEqualTo(17);
    }
}
