package dev.meridian.checkout.support;

import static dev.meridian.checkout.support.Shoppers.anonymous;

import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;

/** Carts taken through the checkout steps (e-mail, address, shipping choice) as a storefront would. */
public final class Checkouts {

    private Checkouts() {
    }

    public static Map<String, Object> address(String country, String postalCode, String region) {
        Map<String, Object> a = new HashMap<>();
        a.put("name", "Ann Buyer");
        a.put("line1", "Hauptstraße 1");
        a.put("postalCode", postalCode);
        a.put("city", "Berlin");
        a.put("country", country);
        if (region != null) {
            a.put("region", region);
        }
        return a;
    }

    public static Map<String, Object> germanAddress() {
        return address("DE", "10115", null);
    }

    /** An anonymous DE cart holding {@code quantity} of {@code sku}, ready to quote with economy shipping. */
    public static Map<String, String> readyCart(String sku, int quantity) {
        return readyCart("DE", sku, quantity, germanAddress());
    }

    public static Map<String, String> readyCart(String market, String sku, int quantity, Map<String, Object> address) {
        Map<String, String> cart = Shoppers.anonymousCart(market);
        String token = cart.get("token");
        String id = cart.get("id");
        Shoppers.setLine(anonymous(token), id, sku, quantity).then().statusCode(200);
        anonymous(token).body(Map.of("email", "ann@example.com")).when().put("/v1/carts/" + id + "/email")
                .then().statusCode(200);
        anonymous(token).body(address).when().put("/v1/carts/" + id + "/shipping-address").then().statusCode(200);
        anonymous(token).body(Map.of("service", "economy-mail")).when().put("/v1/carts/" + id + "/shipping-option")
                .then().statusCode(200);
        return cart;
    }

    /** The customer's DE cart holding {@code quantity} of {@code sku}, ready to quote: its id. */
    public static String readyCustomerCart(String user, String sku, int quantity) {
        String id = Shoppers.customerCart(user, "DE");
        Shoppers.setLine(Shoppers.as(user), id, sku, quantity).then().statusCode(200);
        Shoppers.as(user).body(Map.of("email", user + "@example.com")).when().put("/v1/carts/" + id + "/email")
                .then().statusCode(200);
        Shoppers.as(user).body(germanAddress()).when().put("/v1/carts/" + id + "/shipping-address")
                .then().statusCode(200);
        Shoppers.as(user).body(Map.of("service", "economy-mail")).when().put("/v1/carts/" + id + "/shipping-option")
                .then().statusCode(200);
        return id;
    }

    public static Response quote(Map<String, String> cart) {
        return anonymous(cart.get("token")).when().post("/v1/carts/" + cart.get("id") + "/checkout-quotes");
    }

    /** A valid quote of the cart: its id. */
    public static String quoted(Map<String, String> cart) {
        Response r = quote(cart);
        r.then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        return r.path("id");
    }
}
