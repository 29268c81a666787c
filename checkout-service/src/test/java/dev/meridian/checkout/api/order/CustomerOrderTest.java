package dev.meridian.checkout.api.order;

import static dev.meridian.checkout.support.Shoppers.anonymous;
import static dev.meridian.checkout.support.Shoppers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import dev.meridian.checkout.support.Orders;
import dev.meridian.checkout.support.TestClock;
import dev.meridian.checkout.support.Upstreams;
import dev.meridian.platform.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A buyer's orders: history with a cursor, detail with the timeline, cancellation before dispatch. */
@QuarkusTest
class CustomerOrderTest {

    @BeforeEach
    void upstreamsAreUp() {
        Upstreams.reset();
    }

    @Test
    void my_orders_come_newest_first_page_by_page_without_gaps_or_repeats() {
        List<String> placed = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            placed.add(Orders.placedBy("customer", "10.00").get("orderId"));
            TestClock.CLOCK.advance(java.time.Duration.ofSeconds(1));
        }

        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = as("customer").queryParam("limit", 2);
            if (cursor != null) {
                request = request.queryParam("cursor", cursor);
            }
            Response page = request.when().get("/v1/me/orders");
            page.then().statusCode(200);
            seen.addAll(page.path("orders.id"));
            cursor = page.path("next");
        } while (cursor != null);

        assertThat(seen).containsAll(placed).doesNotHaveDuplicates();
        assertThat(seen.indexOf(placed.get(2))).isLessThan(seen.indexOf(placed.get(0)));
        as("customer2").when().get("/v1/me/orders").then().statusCode(200)
                .body("orders.id", org.hamcrest.Matchers.not(hasItem(placed.get(0))));
    }

    @Test
    void an_order_shows_its_timeline_and_a_guest_reads_it_with_the_cart_token() {
        Map<String, String> order = Orders.placed("10.00");

        anonymous(order.get("token")).when().get("/v1/orders/" + order.get("orderId")).then().statusCode(200)
                .body("status.order", equalTo("AWAITING_PAYMENT")).body("timeline[0].event", equalTo("placed"))
                .body("timeline.axis", hasItem("payment"));
        anonymous(null).when().get("/v1/orders/" + order.get("orderId")).then().statusCode(404);
    }

    @Test
    void cancelling_before_dispatch_cancels_releases_the_stock_and_answers_the_same_when_repeated() {
        Map<String, String> order = Orders.placedBy("customer", "10.00");

        as("customer").body(Map.of("reason", "ordered twice")).when()
                .post("/v1/orders/" + order.get("orderId") + "/cancel").then().statusCode(200)
                .body("status.order", equalTo("CANCELLED")).body("status.payment", equalTo("VOIDED"))
                .body("status.fulfillment", equalTo("RELEASED"));
        as("customer").body(Map.of()).when().post("/v1/orders/" + order.get("orderId") + "/cancel").then()
                .statusCode(200).body("status.order", equalTo("CANCELLED"));

        assertThat(Upstreams.FULFILLMENT.reservationsReleased()).isEqualTo(1);
        assertThat(Orders.outboxEvents(dev.meridian.checkout.messaging.CheckoutEventTypes.ORDER_CANCELLED,
                order.get("orderId"))).isEqualTo(1);
    }

    @Test
    void an_order_whose_shipment_left_cannot_be_cancelled() {
        Map<String, String> order = Orders.placedBy("customer", "10.00");
        TestDatabase.execute("update customer_order set order_status = 'CONFIRMED', payment_status = 'AUTHORIZED', "
                + "fulfillment_status = 'FULFILLED', progress = jsonb_set(progress, '{dispatched}', progress->'ordered') "
                + "where id = cast(? as uuid)", order.get("orderId"));

        as("customer").body(Map.of()).when().post("/v1/orders/" + order.get("orderId") + "/cancel").then()
                .statusCode(409).body("detail", org.hamcrest.Matchers.containsString("dispatched"));
    }

    @Test
    void the_order_lists_what_was_bought_at_the_price_confirmed() {
        Map<String, String> order = Orders.placedBy("customer", "12.50");

        as("customer").when().get("/v1/orders/" + order.get("orderId")).then().statusCode(200)
                .body("placedAt.id", equalTo(order.get("quoteId"))).body("placedAt.lines[0].sku", equalTo(order.get("sku")))
                .body("placedAt.total.amount", equalTo("17.40")).body("email", equalTo("customer@example.com"))
                .body("cartToken", nullValue());
    }
}
