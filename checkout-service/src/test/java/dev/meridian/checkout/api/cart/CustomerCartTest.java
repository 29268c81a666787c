package dev.meridian.checkout.api.cart;

import static dev.meridian.checkout.support.Shoppers.anonymous;
import static dev.meridian.checkout.support.Shoppers.anonymousCart;
import static dev.meridian.checkout.support.Shoppers.as;
import static dev.meridian.checkout.support.Shoppers.customerCart;
import static dev.meridian.checkout.support.Shoppers.setLine;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.meridian.checkout.support.Catalog;
import dev.meridian.checkout.support.Keys;
import dev.meridian.platform.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Customer carts belong to the token's subject; an anonymous cart joins it on sign-in by the stated rules. */
@QuarkusTest
class CustomerCartTest {

    @Test
    void a_customer_has_one_open_cart_per_market_and_opening_again_answers_it() {
        String sku = Catalog.sellableInDe("10.00");
        String cart = customerCart("customer", "DE");
        setLine(as("customer"), cart, sku, 1).then().statusCode(200);

        as("customer").header(Keys.HEADER, Keys.newKey()).body(Map.of("market", "DE", "locale", "de-DE"))
                .when().post("/v1/carts").then().statusCode(200).body("id", equalTo(cart))
                .body("cartToken", org.hamcrest.Matchers.nullValue());
        as("customer").when().get("/v1/me/carts").then().statusCode(200).body("id", hasItem(cart));
    }

    @Test
    void another_customers_token_does_not_find_the_cart() {
        String cart = customerCart("customer", "DE");

        as("customer2").when().get("/v1/carts/" + cart).then().statusCode(404);
        anonymous(null).when().get("/v1/carts/" + cart).then().statusCode(404);
    }

    @Test
    void signing_in_merges_the_anonymous_cart_into_the_customers_and_a_repeat_answers_the_same() {
        String shirt = Catalog.sellableInDe("20.00");
        String socks = Catalog.sellableInDe("5.00");
        String mine = customerCart("customer", "DE");
        setLine(as("customer"), mine, shirt, 1).then().statusCode(200);
        Map<String, String> anon = anonymousCart("DE");
        setLine(anonymous(anon.get("token")), anon.get("id"), shirt, 2).then().statusCode(200);
        setLine(anonymous(anon.get("token")), anon.get("id"), socks, 1).then().statusCode(200);

        as("customer").header("X-Cart-Token", anon.get("token")).when().post("/v1/carts/" + anon.get("id") + "/merge")
                .then().statusCode(200).body("cart.id", equalTo(mine))
                .body("cart.lines.find { it.sku == '" + shirt + "' }.quantity", equalTo(3))
                .body("cart.lines.find { it.sku == '" + socks + "' }.quantity", equalTo(1));
        as("customer").header("X-Cart-Token", anon.get("token")).when().post("/v1/carts/" + anon.get("id") + "/merge")
                .then().statusCode(200).body("cart.id", equalTo(mine))
                .body("cart.lines.find { it.sku == '" + shirt + "' }.quantity", equalTo(3));

        anonymous(anon.get("token")).when().get("/v1/carts/" + anon.get("id")).then().statusCode(200)
                .body("status", equalTo("MERGED"));
        setLine(anonymous(anon.get("token")), anon.get("id"), socks, 2).then().statusCode(409);
    }

    @Test
    void without_an_open_customer_cart_the_anonymous_cart_is_adopted() {
        String sku = Catalog.sellableInDe("20.00");
        Map<String, String> anon = anonymousCart("DE");
        setLine(anonymous(anon.get("token")), anon.get("id"), sku, 1).then().statusCode(200);
        String customer2Cart = customerCart("customer2", "DE");
        TestDatabase.execute("update cart set status = 'EXPIRED' where id = cast(? as uuid)", customer2Cart);

        as("customer2").header("X-Cart-Token", anon.get("token")).when()
                .post("/v1/carts/" + anon.get("id") + "/merge").then().statusCode(200)
                .body("cart.id", equalTo(anon.get("id")));

        as("customer2").when().get("/v1/carts/" + anon.get("id")).then().statusCode(200);
        anonymous(anon.get("token")).when().get("/v1/carts/" + anon.get("id")).then().statusCode(404);
    }

    @Test
    void merging_needs_the_anonymous_carts_token() {
        Map<String, String> anon = anonymousCart("DE");

        as("customer").header("X-Cart-Token", "wrong").when().post("/v1/carts/" + anon.get("id") + "/merge")
                .then().statusCode(404);
        anonymous(anon.get("token")).when().post("/v1/carts/" + anon.get("id") + "/merge").then().statusCode(401);
    }
}
