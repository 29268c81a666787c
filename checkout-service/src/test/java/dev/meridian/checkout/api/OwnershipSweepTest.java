package dev.meridian.checkout.api;

import static dev.meridian.checkout.support.Shoppers.as;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.checkout.support.Checkouts;
import dev.meridian.checkout.support.Keys;
import dev.meridian.checkout.support.Orders;
import dev.meridian.checkout.support.Upstreams;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** One customer's token on another customer's cart or order: 404 on every customer endpoint, and nothing changes. */
@QuarkusTest
class OwnershipSweepTest {

    @Test
    void another_customers_token_finds_neither_the_cart_nor_the_order_on_any_endpoint() {
        Upstreams.reset();
        Map<String, String> placed = Orders.placedBy("customer", "10.00");
        String sku = dev.meridian.checkout.support.Catalog.sellableInDe("5.00");
        String cart = Checkouts.readyCustomerCart("customer", sku, 1);
        String quote = as("customer").when().post("/v1/carts/" + cart + "/checkout-quotes").then().statusCode(201)
                .extract().path("id");
        String order = placed.get("orderId");
        String c = "/v1/carts/" + cart;

        Map<String, Function<RequestSpecification, Response>> endpoints = new LinkedHashMap<>();
        endpoints.put("GET cart", r -> r.get(c));
        endpoints.put("PUT line", r -> r.body(Map.of("quantity", 2)).put(c + "/lines/" + sku));
        endpoints.put("DELETE line", r -> r.delete(c + "/lines/" + sku));
        endpoints.put("PUT code", r -> r.put(c + "/discount-codes/ANYCODE"));
        endpoints.put("DELETE code", r -> r.delete(c + "/discount-codes/ANYCODE"));
        endpoints.put("PUT email", r -> r.body(Map.of("email", "thief@example.com")).put(c + "/email"));
        endpoints.put("PUT address", r -> r.body(Checkouts.germanAddress()).put(c + "/shipping-address"));
        endpoints.put("GET shipping options", r -> r.get(c + "/shipping-options"));
        endpoints.put("PUT shipping option", r -> r.body(Map.of("service", "express")).put(c + "/shipping-option"));
        endpoints.put("POST quote", r -> r.post(c + "/checkout-quotes"));
        endpoints.put("GET quote", r -> r.get(c + "/checkout-quotes/" + quote));
        endpoints.put("POST order", r -> r.header(Keys.HEADER, Keys.newKey()).body(Map.of("quoteId", quote))
                .post(c + "/orders"));
        endpoints.put("POST merge", r -> r.header("X-Cart-Token", "not-the-token").post(c + "/merge"));
        endpoints.put("GET order", r -> r.get("/v1/orders/" + order));
        endpoints.put("POST cancel", r -> r.body(Map.of()).post("/v1/orders/" + order + "/cancel"));
        endpoints.put("GET unknown cart", r -> r.get("/v1/carts/" + UUID.randomUUID()));

        endpoints.forEach((name, call) -> assertThat(call.apply(as("customer2").when().given()).statusCode())
                .as(name).isEqualTo(404));

        as("customer").when().get(c).then().statusCode(200)
                .body("lines[0].quantity", org.hamcrest.Matchers.equalTo(1))
                .body("email", org.hamcrest.Matchers.equalTo("customer@example.com"));
        as("customer").when().get("/v1/orders/" + order).then().statusCode(200)
                .body("status.order", org.hamcrest.Matchers.equalTo("AWAITING_PAYMENT"));
    }
}
