package dev.meridian.checkout.api.order;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.checkout.support.Catalog;
import dev.meridian.checkout.support.Checkouts;
import dev.meridian.checkout.support.Keys;
import dev.meridian.checkout.support.Orders;
import dev.meridian.checkout.support.Upstreams;
import dev.meridian.platform.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** 200 buyers race for the last 10 units: 10 orders, 190 clear answers, nothing oversold, nothing left held. */
@QuarkusTest
class LastUnitsRaceTest {

    @Test
    void two_hundred_buyers_for_ten_units_make_ten_orders_and_one_hundred_ninety_clear_refusals() throws Exception {
        Upstreams.reset();
        String sku = Catalog.sellableInDe("10.00");
        Upstreams.FULFILLMENT.stock(sku, 10);
        List<Map<String, String>> carts = new ArrayList<>();
        List<String> quotes = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Map<String, String> cart = Checkouts.readyCart(sku, 1);
            carts.add(cart);
            quotes.add(Checkouts.quoted(cart));
        }

        ExecutorService pool = Executors.newFixedThreadPool(32);
        List<Future<Response>> futures = new ArrayList<>();
        for (int i = 0; i < carts.size(); i++) {
            int n = i;
            futures.add(pool.submit(() -> Orders.place(carts.get(n), quotes.get(n), Keys.newKey())));
        }
        List<Response> answers = new ArrayList<>();
        for (Future<Response> f : futures) {
            answers.add(f.get());
        }
        pool.shutdown();

        assertThat(answers.stream().filter(r -> r.statusCode() == 201)).hasSize(10);
        assertThat(answers.stream().filter(r -> r.statusCode() != 201)).hasSize(190).allSatisfy(r -> {
            assertThat(r.statusCode()).isEqualTo(409);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.<String>path("reason")).isEqualTo("insufficient-stock");
        });
        assertThat(TestDatabase.count("select count(*) from customer_order where document->'lines'->0->>'sku' = ?",
                sku)).isEqualTo(10);
        assertThat(Upstreams.FULFILLMENT.reservationsCreated()).isEqualTo(10);
        assertThat(TestDatabase.count("select count(*) from order_placement p join cart c on c.id = p.cart_id "
                + "where p.status = 'PENDING'")).as("no claim left behind").isZero();
    }
}
