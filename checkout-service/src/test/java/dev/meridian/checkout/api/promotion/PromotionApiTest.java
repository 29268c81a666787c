package dev.meridian.checkout.api.promotion;

import static dev.meridian.checkout.support.Shoppers.anonymous;
import static dev.meridian.checkout.support.Shoppers.anonymousCart;
import static dev.meridian.checkout.support.Shoppers.setLine;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.meridian.checkout.support.Catalog;
import dev.meridian.checkout.support.Keys;
import dev.meridian.checkout.support.PromotionsApi;
import dev.meridian.checkout.support.Shoppers;
import dev.meridian.checkout.support.TestClock;
import dev.meridian.platform.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Discount codes reach the cart with their reason when refused, and a promotion is created once per key. */
@QuarkusTest
class PromotionApiTest {

    private static Response applyCode(Map<String, String> cart, String code) {
        return anonymous(cart.get("token")).when().put("/v1/carts/" + cart.get("id") + "/discount-codes/" + code);
    }

    @Test
    void a_retried_creation_with_the_same_key_creates_one_promotion_and_answers_the_same() {
        String code = PromotionsApi.uniqueCode("RETRY");
        String key = Keys.newKey();
        Map<String, Object> body = PromotionsApi.percentOff(code, "10");

        Response first = PromotionsApi.create(key, body);
        Response again = PromotionsApi.create(key, body);

        first.then().statusCode(201);
        again.then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first.path("id")));
        assertThat(TestDatabase.count("select count(*) from promotion where code = ?", code)).isEqualTo(1);
        PromotionsApi.create(key, PromotionsApi.percentOff(code, "20")).then().statusCode(422);
        PromotionsApi.create(Keys.newKey(), body).then().statusCode(409);
    }

    @Test
    void only_merchant_admins_manage_promotions() {
        given().contentType("application/json").header(Keys.HEADER, Keys.newKey())
                .body(PromotionsApi.percentOff(PromotionsApi.uniqueCode("X"), "10"))
                .when().post("/v1/admin/promotions").then().statusCode(401);
        Shoppers.as("customer").header(Keys.HEADER, Keys.newKey())
                .body(PromotionsApi.percentOff(PromotionsApi.uniqueCode("X"), "10"))
                .when().post("/v1/admin/promotions").then().statusCode(403);
    }

    @Test
    void ten_euros_off_fifty_in_a_tax_inclusive_market_is_exactly_forty_with_the_ledger_on_the_line() {
        String code = PromotionsApi.uniqueCode("TENOFF");
        PromotionsApi.create(PromotionsApi.amountOff(code, "EUR", "10.00"));
        String sku = Catalog.sellableInDe("50.00");
        Map<String, String> cart = anonymousCart("DE");
        setLine(anonymous(cart.get("token")), cart.get("id"), sku, 1).then().statusCode(200);

        applyCode(cart, code.toLowerCase()).then().statusCode(200)
                .body("total.amount", equalTo("40.00")).body("discount.amount", equalTo("10.00"))
                .body("lines[0].discount.amount", equalTo("10.00"))
                .body("discountCodes[0].applied", equalTo(true))
                .body("promotions[0].allocations[0].amount.amount", equalTo("10.00"));
    }

    @Test
    void an_unknown_or_expired_code_is_refused_with_its_reason_and_not_kept() {
        String expiring = PromotionsApi.uniqueCode("SOON");
        Map<String, Object> body = PromotionsApi.percentOff(expiring, "10");
        body.put("validUntil", TestClock.CLOCK.instant().plus(Duration.ofDays(400)).toString());
        PromotionsApi.create(body);
        Map<String, String> cart = anonymousCart("DE");

        applyCode(cart, "NOSUCHCODE").then().statusCode(409).contentType("application/problem+json")
                .body("reason", equalTo("unknown-code")).body("code", equalTo("NOSUCHCODE"));
        TestDatabase.execute("update promotion set valid_until = ? where code = ?",
                java.sql.Timestamp.from(TestClock.CLOCK.instant()), expiring);
        applyCode(cart, expiring).then().statusCode(409).body("reason", equalTo("expired"));

        anonymous(cart.get("token")).when().get("/v1/carts/" + cart.get("id")).then()
                .body("discountCodes.size()", equalTo(0));
    }

    @Test
    void a_code_below_its_minimum_spend_is_kept_and_applies_once_the_cart_reaches_it() {
        String code = PromotionsApi.uniqueCode("SPEND");
        Map<String, Object> body = PromotionsApi.percentOff(code, "25");
        body.put("minimumSpend", java.util.List.of(Map.of("currency", "EUR", "amount", "40.00")));
        PromotionsApi.create(body);
        String sku = Catalog.sellableInDe("19.99");
        Map<String, String> cart = anonymousCart("DE");
        setLine(anonymous(cart.get("token")), cart.get("id"), sku, 1).then().statusCode(200);

        applyCode(cart, code).then().statusCode(200).body("discountCodes[0].applied", equalTo(false))
                .body("discountCodes[0].reason", equalTo("minimum-spend-not-reached"))
                .body("warnings[0].code", equalTo("discount-code-not-applicable"));
        setLine(anonymous(cart.get("token")), cart.get("id"), sku, 3).then().statusCode(200)
                .body("discountCodes[0].applied", equalTo(true)).body("subtotal.amount", equalTo("59.97"))
                .body("discount.amount", equalTo("14.99")).body("total.amount", equalTo("44.98"));
    }

    @Test
    void a_code_limited_per_customer_asks_an_anonymous_shopper_to_sign_in() {
        String code = PromotionsApi.uniqueCode("ONCE");
        Map<String, Object> body = PromotionsApi.percentOff(code, "10");
        body.put("usageLimitPerCustomer", 1);
        PromotionsApi.create(body);
        Map<String, String> cart = anonymousCart("DE");

        applyCode(cart, code).then().statusCode(409).body("reason", equalTo("sign-in-required"));
    }
}
