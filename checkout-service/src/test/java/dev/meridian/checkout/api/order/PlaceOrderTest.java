package dev.meridian.checkout.api.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import dev.meridian.checkout.messaging.CheckoutEventTypes;
import dev.meridian.checkout.support.Catalog;
import dev.meridian.checkout.support.Checkouts;
import dev.meridian.checkout.support.Keys;
import dev.meridian.checkout.support.Orders;
import dev.meridian.checkout.support.PromotionsApi;
import dev.meridian.checkout.support.Shoppers;
import dev.meridian.checkout.support.TestClock;
import dev.meridian.checkout.support.Upstreams;
import dev.meridian.platform.testing.KafkaRecorder;
import dev.meridian.platform.testing.KafkaTestResource;
import dev.meridian.platform.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Placing an order: one per cart, one reservation, one order.placed, whatever the retries and races. */
@QuarkusTest
class PlaceOrderTest {

    @BeforeEach
    void upstreamsAreUp() {
        Upstreams.reset();
    }

    private static List<Response> concurrently(int n, Callable<Response> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(call));
            }
            List<Response> responses = new ArrayList<>();
            for (Future<Response> f : futures) {
                responses.add(f.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void fifty_replays_with_one_key_give_one_order_one_reservation_and_one_order_placed() throws Exception {
        String sku = Catalog.sellableInDe("25.00");
        Map<String, String> cart = Checkouts.readyCart(sku, 2);
        String quote = Checkouts.quoted(cart);
        String key = Keys.newKey();
        try (KafkaRecorder recorder = new KafkaRecorder(KafkaTestResource.broker().bootstrapServers(),
                CheckoutEventTypes.TOPIC)) {
            Response first = Orders.place(cart, quote, key);
            first.then().statusCode(201).body("status.order", equalTo("AWAITING_PAYMENT"))
                    .body("status.fulfillment", equalTo("HELD")).body("number", matchesPattern("DE-[0-9]{7}"))
                    .body("placedAt.id", equalTo(quote)).body("placedAt.total.amount", equalTo("54.90"));
            String orderId = first.path("id");
            for (int i = 0; i < 49; i++) {
                Orders.place(cart, quote, key).then().statusCode(201).header("Idempotent-Replayed", "true")
                        .body("id", equalTo(orderId));
            }

            assertThat(Orders.ordersOf(cart)).isEqualTo(1);
            assertThat(Upstreams.FULFILLMENT.reservationsCreated()).isEqualTo(1);
            assertThat(Upstreams.requestsTo("/v1/reservations")).as("replays reserve nothing").isEqualTo(1);
            assertThat(Orders.outboxEvents(CheckoutEventTypes.ORDER_PLACED, orderId)).isEqualTo(1);
            var placed = Orders.published(recorder, CheckoutEventTypes.ORDER_PLACED, orderId, 1);
            assertThat(placed).hasSize(1);
            assertThat(placed.getFirst().at("/data/lines/0/hsCode").asText()).isEqualTo("620520");
            assertThat(placed.getFirst().at("/data/totals/total/amount").asText()).isEqualTo("54.90");
        }
    }

    @Test
    void the_same_key_with_another_body_is_refused_with_422() {
        String sku = Catalog.sellableInDe("10.00");
        Map<String, String> cart = Checkouts.readyCart(sku, 1);
        String quote = Checkouts.quoted(cart);
        String key = Keys.newKey();
        Orders.place(cart, quote, key).then().statusCode(201);

        Orders.place(cart, java.util.UUID.randomUUID().toString(), key).then().statusCode(422)
                .body("type", equalTo("https://meridian.dev/problems/idempotency-key-reused"));
        assertThat(Orders.ordersOf(cart)).isEqualTo(1);
    }

    @Test
    void two_keys_for_the_same_cart_give_one_order_and_the_second_is_told_which() {
        String sku = Catalog.sellableInDe("10.00");
        Map<String, String> cart = Checkouts.readyCart(sku, 1);
        String quote = Checkouts.quoted(cart);
        String orderId = Orders.place(cart, quote, Keys.newKey()).then().statusCode(201).extract().path("id");

        Orders.place(cart, quote, Keys.newKey()).then().statusCode(409).body("orderId", equalTo(orderId))
                .body("reason", equalTo("cart-already-ordered"));
        assertThat(Orders.ordersOf(cart)).isEqualTo(1);
        assertThat(Upstreams.FULFILLMENT.reservationsCreated()).isEqualTo(1);
    }

    @Test
    void concurrent_placements_with_one_key_make_one_order_and_the_others_wait_or_replay() throws Exception {
        String sku = Catalog.sellableInDe("10.00");
        Map<String, String> cart = Checkouts.readyCart(sku, 1);
        String quote = Checkouts.quoted(cart);
        String key = Keys.newKey();

        List<Response> responses = concurrently(8, () -> Orders.place(cart, quote, key));

        Set<Integer> statuses = new HashSet<>();
        responses.forEach(r -> statuses.add(r.statusCode()));
        assertThat(statuses).contains(201).isSubsetOf(201, 409);
        assertThat(Orders.ordersOf(cart)).isEqualTo(1);
        assertThat(Upstreams.FULFILLMENT.reservationsCreated()).isEqualTo(1);
        assertThat(Upstreams.FULFILLMENT.reservationsReleased()).isZero();
    }

    @Test
    void concurrent_placements_with_two_keys_make_one_order_and_the_loser_gets_409_with_its_id() throws Exception {
        String sku = Catalog.sellableInDe("10.00");
        Map<String, String> cart = Checkouts.readyCart(sku, 1);
        String quote = Checkouts.quoted(cart);

        List<Response> responses = concurrently(6, () -> Orders.place(cart, quote, Keys.newKey()));

        List<Response> won = responses.stream().filter(r -> r.statusCode() == 201).toList();
        assertThat(won).hasSize(1);
        String orderId = won.getFirst().path("id");
        assertThat(responses.stream().filter(r -> r.statusCode() != 201))
                .allSatisfy(r -> {
                    assertThat(r.statusCode()).isEqualTo(409);
                    assertThat(r.<String>path("orderId")).isIn(orderId, null);
                });
        assertThat(Orders.ordersOf(cart)).isEqualTo(1);
        assertThat(TestDatabase.count("select count(*) from customer_order where id = cast(? as uuid)", orderId))
                .isEqualTo(1);
    }

    @Test
    void fulfillment_down_answers_503_with_retry_after_and_leaves_no_order_and_no_reservation() {
        String sku = Catalog.sellableInDe("10.00");
        Map<String, String> cart = Checkouts.readyCart(sku, 1);
        String quote = Checkouts.quoted(cart);
        Upstreams.fulfillmentDown();

        Orders.place(cart, quote, Keys.newKey()).then().statusCode(503).header("Retry-After", "5")
                .body("dependency", equalTo("fulfillment"));

        assertThat(Orders.ordersOf(cart)).isZero();
        assertThat(Upstreams.FULFILLMENT.reservationsCreated()).isZero();
        assertThat(TestDatabase.count("select count(*) from order_placement where cart_id = cast(? as uuid)",
                cart.get("id"))).isZero();
        Upstreams.reset();
        Orders.place(cart, quote, Keys.newKey()).then().statusCode(201);
    }

    @Test
    void not_enough_stock_names_the_skus_and_places_nothing() {
        String sku = Catalog.sellableInDe("10.00");
        Upstreams.FULFILLMENT.stock(sku, 1);
        Map<String, String> cart = Checkouts.readyCart(sku, 2);
        String quote = Checkouts.quoted(cart);

        Orders.place(cart, quote, Keys.newKey()).then().statusCode(409).body("reason", equalTo("insufficient-stock"))
                .body("skus", equalTo(List.of(sku)));

        assertThat(Orders.ordersOf(cart)).isZero();
        Shoppers.setLine(Shoppers.anonymous(cart.get("token")), cart.get("id"), sku, 1).then().statusCode(200);
        Orders.place(cart, Checkouts.quoted(cart), Keys.newKey()).then().statusCode(201);
    }

    @Test
    void an_expired_quote_whose_price_changed_answers_409_price_changed_with_the_difference() {
        String sku = Catalog.uniqueSku();
        Catalog.Product product = Catalog.product(sku).market("DE", "EUR", true, "10.00");
        product.publish();
        Map<String, String> cart = Checkouts.readyCart(sku, 1);
        String quote = Checkouts.quoted(cart);
        TestClock.CLOCK.advance(Duration.ofMinutes(16));
        product.version(2, Instant.parse("2026-11-27T08:00:00Z")).market("DE", "EUR", true, "12.00")
                .publish(dev.meridian.platform.events.EventTypes.CATALOG_PRICE_CHANGED);

        Response changed = Orders.place(cart, quote, Keys.newKey());

        changed.then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://meridian.dev/problems/price-changed"))
                .body("previousTotal.amount", equalTo("14.90")).body("currentTotal.amount", equalTo("16.90"))
                .body("difference.amount", equalTo("2.00")).body("confirmedQuoteId", equalTo(quote));
        assertThat(Orders.ordersOf(cart)).isZero();
        assertThat(Upstreams.FULFILLMENT.reservationsCreated()).isZero();
        Orders.place(cart, changed.path("quoteId"), Keys.newKey()).then().statusCode(201)
                .body("placedAt.total.amount", equalTo("16.90"));
    }

    @Test
    void an_expired_quote_at_the_same_price_is_renewed_and_the_order_placed() {
        String sku = Catalog.sellableInDe("10.00");
        Map<String, String> cart = Checkouts.readyCart(sku, 1);
        String quote = Checkouts.quoted(cart);
        TestClock.CLOCK.advance(Duration.ofMinutes(16));

        Orders.place(cart, quote, Keys.newKey()).then().statusCode(201).body("placedAt.total.amount", equalTo("14.90"))
                .body("placedAt.id", org.hamcrest.Matchers.not(equalTo(quote)));
    }

    @Test
    void a_code_used_up_by_an_order_is_refused_to_the_next_cart() {
        String code = PromotionsApi.uniqueCode("ONE");
        Map<String, Object> body = PromotionsApi.amountOff(code, "EUR", "1.00");
        body.put("usageLimit", 1);
        PromotionsApi.create(body);
        String sku = Catalog.sellableInDe("10.00");
        Map<String, String> first = Checkouts.readyCart(sku, 1);
        Shoppers.anonymous(first.get("token")).when().put("/v1/carts/" + first.get("id") + "/discount-codes/" + code)
                .then().statusCode(200);
        Orders.place(first, Checkouts.quoted(first), Keys.newKey()).then().statusCode(201)
                .body("placedAt.discount.amount", equalTo("1.00"));

        Map<String, String> second = Checkouts.readyCart(sku, 1);
        Shoppers.anonymous(second.get("token")).when().put("/v1/carts/" + second.get("id") + "/discount-codes/" + code)
                .then().statusCode(409).body("reason", equalTo("usage-limit-reached"));
    }

    @Test
    void the_stock_is_held_for_the_quotes_ttl_under_the_orders_id() {
        Map<String, String> placed = Orders.placed("10.00");

        Upstreams.server().verify(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                        com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/v1/reservations"))
                .withHeader("Idempotency-Key", com.github.tomakehurst.wiremock.client.WireMock.equalTo(
                        "reserve-" + placed.get("orderId")))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath("$.ttlSeconds",
                        com.github.tomakehurst.wiremock.client.WireMock.equalTo("900")))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath("$.orderId",
                        com.github.tomakehurst.wiremock.client.WireMock.equalTo(placed.get("orderId")))));
    }

    @Test
    void cancelling_an_order_gives_its_code_redemption_back() {
        String code = PromotionsApi.uniqueCode("BACK");
        Map<String, Object> body = PromotionsApi.amountOff(code, "EUR", "1.00");
        body.put("usageLimit", 1);
        PromotionsApi.create(body);
        String sku = Catalog.sellableInDe("10.00");
        Map<String, String> first = Checkouts.readyCart(sku, 1);
        Shoppers.anonymous(first.get("token")).when().put("/v1/carts/" + first.get("id") + "/discount-codes/" + code)
                .then().statusCode(200);
        String orderId = Orders.place(first, Checkouts.quoted(first), Keys.newKey()).then().statusCode(201)
                .extract().path("id");

        Shoppers.anonymous(first.get("token")).body(Map.of()).when().post("/v1/orders/" + orderId + "/cancel")
                .then().statusCode(200);

        Map<String, String> second = Checkouts.readyCart(sku, 1);
        Shoppers.anonymous(second.get("token")).when().put("/v1/carts/" + second.get("id") + "/discount-codes/" + code)
                .then().statusCode(200).body("discountCodes[0].applied", equalTo(true));
    }

    @Test
    void a_placed_cart_cannot_change_any_more() {
        Map<String, String> placed = Orders.placed("10.00");

        Shoppers.setLine(Shoppers.anonymous(placed.get("token")), placed.get("id"), placed.get("sku"), 3)
                .then().statusCode(409);
    }
}
