package dev.meridian.checkout.api.cart;

import static dev.meridian.checkout.support.Shoppers.anonymous;
import static dev.meridian.checkout.support.Shoppers.anonymousCart;
import static dev.meridian.checkout.support.Shoppers.setLine;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.meridian.checkout.support.Catalog;
import dev.meridian.checkout.support.Keys;
import dev.meridian.platform.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Anonymous carts: reached only with their unguessable id plus the token handed out once, at creation. */
@QuarkusTest
class AnonymousCartTest {

    @Test
    void a_new_cart_comes_with_its_token_once_and_answers_only_to_it() {
        Catalog.sellableInDe("10.00");
        Response created = Keys.keyed().body(Map.of("market", "DE", "locale", "de-DE")).when().post("/v1/carts");

        created.then().statusCode(201).header("ETag", "\"0\"").header("Location", notNullValue())
                .body("currency", equalTo("EUR")).body("taxInclusive", equalTo(true))
                .body("total", equalTo(Map.of("currency", "EUR", "amount", "0.00")));
        String id = created.path("id");
        String token = created.path("cartToken");
        assertThat(token).hasSize(43);

        anonymous(token).when().get("/v1/carts/" + id).then().statusCode(200).body("cartToken", nullValue());
        anonymous(null).when().get("/v1/carts/" + id).then().statusCode(404).contentType("application/problem+json");
        anonymous("x" + token.substring(1)).when().get("/v1/carts/" + id).then().statusCode(404);
        anonymous(token).when().get("/v1/carts/" + UUID.randomUUID()).then().statusCode(404);
        assertThat(TestDatabase.count("select count(*) from cart where token_hash = ?", token)).isZero();
    }

    @Test
    void a_retried_creation_with_the_same_key_answers_the_same_cart_and_creates_one() {
        Catalog.sellableInDe("10.00");
        String key = Keys.newKey();
        Map<String, String> body = Map.of("market", "DE", "locale", "de-DE");

        Response first = Keys.keyed(key).body(body).when().post("/v1/carts");
        Response again = Keys.keyed(key).body(body).when().post("/v1/carts");

        first.then().statusCode(201);
        again.then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(first.path("id"))).body("cartToken", equalTo(first.path("cartToken")));
        assertThat(TestDatabase.count("select count(*) from cart where id = cast(? as uuid)", first.<String>path("id")))
                .isEqualTo(1);
        Keys.keyed(key).body(Map.of("market", "DE", "locale", "en-GB")).when().post("/v1/carts")
                .then().statusCode(422).body("type", equalTo("https://meridian.dev/problems/idempotency-key-reused"));
        given().contentType("application/json").body(body).when().post("/v1/carts").then().statusCode(400)
                .body("type", equalTo("https://meridian.dev/problems/idempotency-key-missing"));
    }

    @Test
    void a_cart_can_only_be_opened_in_a_market_checkout_sells_in() {
        Keys.keyed().body(Map.of("market", "ZZ", "locale", "de-DE")).when().post("/v1/carts").then().statusCode(400)
                .body("errors.field", hasItem("market"));
        Keys.keyed().body(Map.of("market", "DE", "locale", "not a tag")).when().post("/v1/carts").then()
                .statusCode(400).body("errors.field", hasItem("locale"));
    }

    @Test
    void lines_are_priced_on_the_server_and_the_totals_follow_every_change() {
        String shirt = Catalog.sellableInDe("19.99");
        String socks = Catalog.sellableInDe("4.50");
        Map<String, String> cart = anonymousCart("DE");

        setLine(anonymous(cart.get("token")), cart.get("id"), shirt, 3).then().statusCode(200)
                .body("lines[0].unitPrice.amount", equalTo("19.99")).body("lines[0].lineTotal.amount", equalTo("59.97"))
                .body("lines[0].title", equalTo("Leinenhemd")).body("total.amount", equalTo("59.97"));
        setLine(anonymous(cart.get("token")), cart.get("id"), socks, 2).then().statusCode(200)
                .body("subtotal.amount", equalTo("68.97")).body("header", nullValue());
        setLine(anonymous(cart.get("token")), cart.get("id"), shirt, 1).then().statusCode(200)
                .body("total.amount", equalTo("28.99"));
        anonymous(cart.get("token")).when().delete("/v1/carts/" + cart.get("id") + "/lines/" + socks).then()
                .statusCode(200).body("lines.size()", equalTo(1)).body("total.amount", equalTo("19.99"))
                .header("ETag", "\"4\"");
    }

    @Test
    void a_variant_the_market_does_not_sell_is_refused_with_a_reason() {
        String blocked = Catalog.uniqueSku();
        Catalog.product(blocked).market("DE", "EUR", true, "10.00", true, "blocked").publish();
        String usOnly = Catalog.uniqueSku();
        Catalog.product(usOnly).market("US", "USD", false, "10.00").publish();
        Map<String, String> cart = anonymousCart("DE");

        setLine(anonymous(cart.get("token")), cart.get("id"), blocked, 1).then().statusCode(409)
                .contentType("application/problem+json").body("reason", equalTo("blocked-by-compliance"))
                .body("sku", equalTo(blocked)).body("detail", notNullValue());
        setLine(anonymous(cart.get("token")), cart.get("id"), usOnly, 1).then().statusCode(409)
                .body("reason", equalTo("not-offered-in-market"));
        setLine(anonymous(cart.get("token")), cart.get("id"), "NO-SUCH-SKU", 1).then().statusCode(409)
                .body("reason", equalTo("unknown-variant"));
        assertThat(TestDatabase.count("select jsonb_array_length(lines->'items') from cart where id = cast(? as uuid)",
                cart.get("id"))).isZero();
    }

    @Test
    void a_variant_fulfillment_reports_out_of_stock_is_refused() {
        String sku = Catalog.sellableInDe("10.00");
        dev.meridian.checkout.support.Stock.report(sku, "ORIGIN-PT", 0);
        Map<String, String> cart = anonymousCart("DE");

        setLine(anonymous(cart.get("token")), cart.get("id"), sku, 1).then().statusCode(409)
                .body("reason", equalTo("out-of-stock"));
    }

    @Test
    void per_line_and_per_cart_limits_are_enforced() {
        String sku = Catalog.sellableInDe("1.00");
        Map<String, String> cart = anonymousCart("DE");

        setLine(anonymous(cart.get("token")), cart.get("id"), sku, 21).then().statusCode(400)
                .body("errors.field", hasItem("quantity"));
        setLine(anonymous(cart.get("token")), cart.get("id"), sku, -1).then().statusCode(400);
    }

    @Test
    void if_match_with_a_stale_version_is_refused_and_the_current_one_accepted() {
        String sku = Catalog.sellableInDe("5.00");
        Map<String, String> cart = anonymousCart("DE");
        String etag = setLine(anonymous(cart.get("token")), cart.get("id"), sku, 1).header("ETag");

        setLine(anonymous(cart.get("token")).header("If-Match", etag), cart.get("id"), sku, 2).then().statusCode(200);
        setLine(anonymous(cart.get("token")).header("If-Match", etag), cart.get("id"), sku, 3).then().statusCode(412)
                .body("type", equalTo("https://meridian.dev/problems/precondition-failed"));
        setLine(anonymous(cart.get("token")).header("If-Match", "W/" + etag), cart.get("id"), sku, 3).then()
                .statusCode(412);
        anonymous(cart.get("token")).when().get("/v1/carts/" + cart.get("id")).then()
                .body("lines[0].quantity", equalTo(2));
    }

    @Test
    void a_price_change_in_catalog_is_reported_as_a_warning_and_the_total_follows_it() {
        String sku = Catalog.uniqueSku();
        Catalog.Product product = Catalog.product(sku).market("DE", "EUR", true, "10.00");
        product.publish();
        Map<String, String> cart = anonymousCart("DE");
        setLine(anonymous(cart.get("token")), cart.get("id"), sku, 2).then().statusCode(200);

        product.version(2, java.time.Instant.parse("2026-11-27T08:00:00Z")).market("DE", "EUR", true, "12.00")
                .publish(dev.meridian.platform.events.EventTypes.CATALOG_PRICE_CHANGED);

        anonymous(cart.get("token")).when().get("/v1/carts/" + cart.get("id")).then().statusCode(200)
                .body("total.amount", equalTo("24.00"))
                .body("warnings[0].code", equalTo("price-changed"))
                .body("warnings[0].previousPrice.amount", equalTo("10.00"))
                .body("warnings[0].currentPrice.amount", equalTo("12.00"));
    }

    @Test
    void a_product_unpublished_after_it_was_added_stays_in_the_cart_flagged_and_uncounted() {
        String sku = Catalog.uniqueSku();
        Catalog.Product product = Catalog.product(sku).market("DE", "EUR", true, "10.00");
        product.publish();
        Map<String, String> cart = anonymousCart("DE");
        setLine(anonymous(cart.get("token")), cart.get("id"), sku, 1).then().statusCode(200);

        product.version(2, java.time.Instant.parse("2026-11-27T08:00:00Z"))
                .market("DE", "EUR", true, "10.00", false, "allowed")
                .publish(dev.meridian.platform.events.EventTypes.CATALOG_PRODUCT_UNPUBLISHED);

        anonymous(cart.get("token")).when().get("/v1/carts/" + cart.get("id")).then().statusCode(200)
                .body("lines[0].sellable", equalTo(false)).body("lines[0].notSellableReason", equalTo("not-published"))
                .body("total.amount", equalTo("0.00")).body("warnings[0].code", equalTo("no-longer-sellable"));
    }
}
