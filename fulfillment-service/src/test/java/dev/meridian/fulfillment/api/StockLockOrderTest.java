package dev.meridian.fulfillment.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.meridian.fulfillment.support.HeldRowLock;
import dev.meridian.fulfillment.support.Keys;
import dev.meridian.fulfillment.support.Reservations;
import dev.meridian.fulfillment.support.Stock;
import dev.meridian.fulfillment.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Every use case takes stock row locks in one global order (by SKU, then location), so two of them can never
 * deadlock. Seen from the side: the test holds the lower row; a use case that also needs the higher one must wait
 * for the lower one first, without holding the higher one meanwhile.
 */
@QuarkusTest
@TestSecurity(user = "ops", roles = {"integration", "merchant-admin", "order-manager"})
class StockLockOrderTest {

    /** Two SKUs with stock at the origin, lower key first. */
    private static List<String> twoSkus() {
        List<String> skus = new java.util.ArrayList<>(List.of(Stock.skuWith(Stock.ORIGIN, 5),
                Stock.skuWith(Stock.ORIGIN, 5)));
        skus.sort(null);
        return skus;
    }

    /** A hold whose lines are stored higher key first (the order the order listed them in). */
    private static String heldInReverseOrder(String lower, String higher) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        lines.put(higher, 1);
        lines.put(lower, 1);
        return Reservations.reserve(Reservations.orderId(), "DE", lines).then().statusCode(201).extract().path("id");
    }

    /** Runs {@code action} while the lower row is held, and answers whether the higher row was still free then. */
    private static boolean higherRowFreeWhileWaitingForLower(String lower, String higher, Supplier<Integer> action)
            throws Exception {
        boolean free;
        CompletableFuture<Integer> call;
        try (HeldRowLock held = HeldRowLock.on(lower, Stock.ORIGIN)) {
            call = CompletableFuture.supplyAsync(action);
            HeldRowLock.awaitSomeoneWaiting();
            free = held.tryLock(higher, Stock.ORIGIN);
        }
        assertThat(call.get(60, TimeUnit.SECONDS)).isBetween(200, 299);
        return free;
    }

    @Test
    void confirming_locks_stock_rows_in_key_order() throws Exception {
        List<String> skus = twoSkus();
        String id = heldInReverseOrder(skus.get(0), skus.get(1));

        assertThat(higherRowFreeWhileWaitingForLower(skus.get(0), skus.get(1), () -> given()
                .when().post("/v1/reservations/" + id + "/confirm").statusCode())).isTrue();
    }

    @Test
    void releasing_locks_stock_rows_in_key_order() throws Exception {
        List<String> skus = twoSkus();
        String id = heldInReverseOrder(skus.get(0), skus.get(1));

        assertThat(higherRowFreeWhileWaitingForLower(skus.get(0), skus.get(1), () -> given()
                .when().post("/v1/reservations/" + id + "/release").statusCode())).isTrue();
    }

    @Test
    void the_expiry_sweep_expires_one_reservation_per_transaction() throws Exception {
        List<String> skus = twoSkus();
        // Expires first and holds the higher row; the second holds the lower row the test keeps locked.
        Reservations.reserve(Reservations.orderId(), "DE", Map.of(skus.get(1), 1)).then().statusCode(201);
        TestClock.CLOCK.advance(Duration.ofSeconds(1));
        Reservations.reserve(Reservations.orderId(), "DE", Map.of(skus.get(0), 1)).then().statusCode(201);
        TestClock.CLOCK.advance(Duration.ofHours(3));

        assertThat(higherRowFreeWhileWaitingForLower(skus.get(0), skus.get(1), () -> given()
                .when().post("/v1/admin/reservations/expire-due").statusCode())).isTrue();
    }

    @Test
    void a_feed_chunk_locks_stock_rows_in_key_order() throws Exception {
        List<String> skus = twoSkus();
        String feed = "{\"sku\":\"" + skus.get(1) + "\",\"location\":\"" + Stock.ORIGIN + "\",\"onHand\":9,\"sequence\":1}\n"
                + "{\"sku\":\"" + skus.get(0) + "\",\"location\":\"" + Stock.ORIGIN + "\",\"onHand\":9,\"sequence\":1}\n";
        boolean free;
        try (HeldRowLock held = HeldRowLock.on(skus.get(0), Stock.ORIGIN)) {
            given().config(io.restassured.RestAssured.config().encoderConfig(io.restassured.config.EncoderConfig
                            .encoderConfig().encodeContentTypeAs("application/x-ndjson",
                                    io.restassured.http.ContentType.TEXT)))
                    .contentType("application/x-ndjson").header(Keys.HEADER, Keys.newKey()).body(feed)
                    .when().post("/v1/admin/stock/feeds").then().statusCode(202);
            HeldRowLock.awaitSomeoneWaiting();
            free = held.tryLock(skus.get(1), Stock.ORIGIN);
        }
        assertThat(free).isTrue();
        await().atMost(Duration.ofSeconds(60)).until(() -> Stock.onHand(skus.get(0), Stock.ORIGIN) == 9
                && Stock.onHand(skus.get(1), Stock.ORIGIN) == 9);
    }
}
