package dev.meridian.checkout.api.order;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import dev.meridian.checkout.support.Keys;
import dev.meridian.checkout.support.Orders;
import dev.meridian.checkout.support.Shoppers;
import dev.meridian.checkout.support.Upstreams;
import dev.meridian.platform.testing.KeycloakTokens;
import dev.meridian.platform.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Order managers search, read, cancel and annotate orders. */
@QuarkusTest
class MerchantOrderTest {

    private static String token;

    private static synchronized RequestSpecification orderManager() {
        if (token == null) {
            token = KeycloakTokens.forUser("orders", "orders");
        }
        return given().contentType("application/json").auth().oauth2(token);
    }

    @BeforeEach
    void upstreamsAreUp() {
        Upstreams.reset();
    }

    @Test
    void orders_are_found_by_number_email_status_market_and_date() {
        Map<String, String> order = Orders.placed("10.00");
        String number = orderManager().when().get("/v1/admin/orders/" + order.get("orderId")).then().statusCode(200)
                .extract().path("order.number");

        orderManager().queryParam("number", number).when().get("/v1/admin/orders").then().statusCode(200)
                .body("orders.size()", equalTo(1)).body("orders[0].id", equalTo(order.get("orderId")));
        orderManager().queryParam("email", "ANN@example.com").queryParam("status", "awaiting_payment")
                .queryParam("market", "DE").queryParam("placedFrom", "2000-01-01T00:00:00Z").when()
                .get("/v1/admin/orders").then().statusCode(200).body("orders.id", hasItem(order.get("orderId")))
                .body("orders.status.order", everyItem(equalTo("AWAITING_PAYMENT")));
        orderManager().queryParam("placedBefore", "2000-01-01T00:00:00Z").when().get("/v1/admin/orders").then()
                .statusCode(200).body("orders.size()", equalTo(0));
        orderManager().queryParam("status", "LOST").when().get("/v1/admin/orders").then().statusCode(400);
    }

    @Test
    void a_note_is_added_once_per_key_and_shown_with_the_order() {
        Map<String, String> order = Orders.placed("10.00");
        String key = Keys.newKey();

        Response first = orderManager().header(Keys.HEADER, key).body(Map.of("text", "called the buyer"))
                .when().post("/v1/admin/orders/" + order.get("orderId") + "/notes");
        Response again = orderManager().header(Keys.HEADER, key).body(Map.of("text", "called the buyer"))
                .when().post("/v1/admin/orders/" + order.get("orderId") + "/notes");

        first.then().statusCode(201);
        again.then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first.path("id")));
        assertThat(TestDatabase.count("select count(*) from order_note where order_id = cast(? as uuid)",
                order.get("orderId"))).isEqualTo(1);
        orderManager().when().get("/v1/admin/orders/" + order.get("orderId")).then()
                .body("notes[0].text", equalTo("called the buyer"));
    }

    @Test
    void an_order_manager_cancels_before_dispatch() {
        Map<String, String> order = Orders.placed("10.00");

        orderManager().body(Map.of("reason", "fraud suspected")).when()
                .post("/v1/admin/orders/" + order.get("orderId") + "/cancel").then().statusCode(200)
                .body("status.order", equalTo("CANCELLED"));
        assertThat(Upstreams.FULFILLMENT.reservationsReleased()).isEqualTo(1);
    }

    @Test
    void customers_cannot_use_the_merchant_api() {
        Shoppers.as("customer").when().get("/v1/admin/orders").then().statusCode(403);
        given().when().get("/v1/admin/orders").then().statusCode(401);
    }
}
