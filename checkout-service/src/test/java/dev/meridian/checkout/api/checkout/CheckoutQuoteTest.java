package dev.meridian.checkout.api.checkout;

import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.meridian.checkout.support.Shoppers.anonymous;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import com.github.tomakehurst.wiremock.client.WireMock;
import dev.meridian.checkout.support.Catalog;
import dev.meridian.checkout.support.Checkouts;
import dev.meridian.checkout.support.PromotionsApi;
import dev.meridian.checkout.support.Shoppers;
import dev.meridian.checkout.support.Upstreams;
import dev.meridian.platform.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The checkout quote: shipping priced by fulfillment, tax and duty by compliance (both stubbed in their real shapes),
 * the totals exactly compliance's, with an id and an expiry.
 */
@QuarkusTest
class CheckoutQuoteTest {

    @BeforeEach
    void upstreamsAreUp() {
        Upstreams.reset();
    }

    private static long quotesOf(Map<String, String> cart) {
        return TestDatabase.count("select count(*) from checkout_quote where cart_id = cast(? as uuid)", cart.get("id"));
    }

    @Test
    void a_tax_inclusive_de_cart_is_quoted_with_vat_extracted_and_the_lines_summing_to_the_totals() {
        String sku = Catalog.sellableInDe("19.99");
        Map<String, String> cart = Checkouts.readyCart(sku, 2);

        Response quote = Checkouts.quote(cart);

        // 2 × 19.99 = 39.98 gross (VAT 19 %: 6.38), shipping 4.90 gross (VAT 0.78): 44.88 charged at checkout
        quote.then().statusCode(201).header("Location", notNullValue())
                .body("goods.amount", equalTo("39.98")).body("shippingTotal.amount", equalTo("4.90"))
                .body("tax.amount", equalTo("7.16")).body("duty.amount", equalTo("0.00"))
                .body("total.amount", equalTo("44.88")).body("payableOnDelivery.amount", equalTo("0.00"))
                .body("incoterm", equalTo("DDP")).body("lines[0].net.amount", equalTo("33.60"))
                .body("lines[0].tax.amount", equalTo("6.38")).body("expiresAt", notNullValue());
        Upstreams.server().verify(postRequestedFor(urlPathEqualTo("/v1/quotes"))
                .withHeader("Authorization", matching("Bearer .+"))
                .withRequestBody(matchingJsonPath("$.lines[0].taxInclusive", WireMock.equalTo("true")))
                .withRequestBody(matchingJsonPath("$.shipFrom.country", WireMock.equalTo("PT"))));
        Upstreams.server().verify(postRequestedFor(urlPathEqualTo("/v1/shipping-quotes"))
                .withHeader("Authorization", matching("Bearer .+")));
    }

    @Test
    void asking_again_for_the_same_cart_answers_the_same_quote_without_calling_anyone() {
        String sku = Catalog.sellableInDe("10.00");
        Map<String, String> cart = Checkouts.readyCart(sku, 1);
        String first = Checkouts.quote(cart).then().statusCode(201).extract().path("id");
        int calls = Upstreams.requestsTo("/v1/quotes");

        Checkouts.quote(cart).then().statusCode(200).header("Idempotent-Replayed", "true").body("id", equalTo(first));

        assertThat(Upstreams.requestsTo("/v1/quotes")).isEqualTo(calls);
        assertThat(quotesOf(cart)).isEqualTo(1);
    }

    @Test
    void a_changed_cart_needs_a_new_quote() {
        String sku = Catalog.sellableInDe("10.00");
        Map<String, String> cart = Checkouts.readyCart(sku, 1);
        String first = Checkouts.quoted(cart);
        Shoppers.setLine(anonymous(cart.get("token")), cart.get("id"), sku, 2).then().statusCode(200);

        Checkouts.quote(cart).then().statusCode(201).body("id", org.hamcrest.Matchers.not(equalTo(first)))
                .body("goods.amount", equalTo("20.00"));
    }

    @Test
    void ten_euros_off_fifty_is_quoted_on_forty_with_the_tax_re_extracted_from_the_discounted_price() {
        String code = PromotionsApi.uniqueCode("TEN");
        PromotionsApi.create(PromotionsApi.amountOff(code, "EUR", "10.00"));
        String sku = Catalog.sellableInDe("50.00");
        Map<String, String> cart = Checkouts.readyCart(sku, 1);
        anonymous(cart.get("token")).when().put("/v1/carts/" + cart.get("id") + "/discount-codes/" + code)
                .then().statusCode(200);

        Checkouts.quote(cart).then().statusCode(201).body("lines[0].total.amount", equalTo("40.00"))
                .body("lines[0].tax.amount", equalTo("6.39")).body("lines[0].net.amount", equalTo("33.61"))
                .body("discount.amount", equalTo("10.00")).body("total.amount", equalTo("44.90"))
                .body("promotions[0].code", equalTo(code));
        Upstreams.server().verify(postRequestedFor(urlPathEqualTo("/v1/quotes"))
                .withRequestBody(matchingJsonPath("$.lines[0].unitPrice.amount", WireMock.equalTo("40.00"))));
    }

    @Test
    void a_discounted_line_that_does_not_divide_evenly_is_sent_as_exact_unit_prices() {
        String code = PromotionsApi.uniqueCode("THIRD");
        PromotionsApi.create(PromotionsApi.amountOff(code, "EUR", "0.01"));
        String sku = Catalog.sellableInDe("10.00");
        Map<String, String> cart = Checkouts.readyCart(sku, 3);
        anonymous(cart.get("token")).when().put("/v1/carts/" + cart.get("id") + "/discount-codes/" + code)
                .then().statusCode(200);

        Checkouts.quote(cart).then().statusCode(201).body("lines[0].total.amount", equalTo("29.99"));

        // 29.99 for 3 units: 2 × 10.00 and 1 × 9.99 — the quantity and the exact total both survive
        Upstreams.server().verify(postRequestedFor(urlPathEqualTo("/v1/quotes"))
                .withRequestBody(matchingJsonPath("$.lines[0].unitPrice.amount", WireMock.equalTo("9.99")))
                .withRequestBody(matchingJsonPath("$.lines[0].quantity", WireMock.equalTo("1")))
                .withRequestBody(matchingJsonPath("$.lines[1].unitPrice.amount", WireMock.equalTo("10.00")))
                .withRequestBody(matchingJsonPath("$.lines[1].quantity", WireMock.equalTo("2"))));
    }

    @Test
    void a_dap_order_shows_the_duty_due_on_delivery_and_does_not_charge_it() {
        Upstreams.FULFILLMENT.economyIncoterms("DAP");
        Upstreams.COMPLIANCE.rates("0", "12");
        String sku = Catalog.sellableInDe("100.00");
        Map<String, String> cart = Checkouts.readyCart(sku, 1);

        Checkouts.quote(cart).then().statusCode(201).body("incoterm", equalTo("DAP"))
                .body("duty.amount", equalTo("12.00")).body("payableOnDelivery.amount", equalTo("12.00"))
                .body("total.amount", equalTo("100.00"));
    }

    @Test
    void a_us_cart_states_prices_without_tax_and_the_quote_adds_it() {
        String sku = Catalog.uniqueSku();
        Catalog.product(sku).market("US", "USD", false, "55.00").publish();
        Upstreams.COMPLIANCE.rates("8.875", "0");
        Map<String, String> cart = Checkouts.readyCart("US", sku, 1, Checkouts.address("US", "10001", "NY"));
        anonymous(cart.get("token")).when().get("/v1/carts/" + cart.get("id")).then()
                .body("taxInclusive", equalTo(false)).body("total.amount", equalTo("55.00"));

        // 55.00 + 8.875 % = 4.88; shipping 9.90 + 0.88: 70.66 charged
        Checkouts.quote(cart).then().statusCode(201).body("goods.amount", equalTo("55.00"))
                .body("shippingTotal.amount", equalTo("9.90")).body("tax.amount", equalTo("5.76"))
                .body("total.amount", equalTo("70.66")).body("lines[0].net.amount", equalTo("55.00"))
                .body("lines[0].tax.amount", equalTo("4.88"));
        Upstreams.server().verify(postRequestedFor(urlPathEqualTo("/v1/quotes"))
                .withRequestBody(matchingJsonPath("$.lines[0].taxInclusive", WireMock.equalTo("false")))
                .withRequestBody(matchingJsonPath("$.shipTo.region", WireMock.equalTo("NY"))));
    }

    @Test
    void yen_are_quoted_without_decimals() {
        String sku = Catalog.uniqueSku();
        Catalog.product(sku).market("JP", "JPY", true, "1999").publish();
        Upstreams.COMPLIANCE.rates("10", "0");
        Map<String, String> cart = Checkouts.readyCart("JP", sku, 1, Checkouts.address("JP", "100-0001", "Tokyo"));

        Checkouts.quote(cart).then().statusCode(201).body("currency", equalTo("JPY"))
                .body("goods.amount", equalTo("1999")).body("shippingTotal.amount", equalTo("1000"))
                .body("tax.amount", equalTo("273")).body("total.amount", equalTo("2999"));
    }

    @Test
    void a_cart_without_the_checkout_details_is_not_quoted_and_says_what_is_missing() {
        String sku = Catalog.sellableInDe("10.00");
        Map<String, String> cart = Shoppers.anonymousCart("DE");
        Shoppers.setLine(anonymous(cart.get("token")), cart.get("id"), sku, 1).then().statusCode(200);

        Checkouts.quote(cart).then().statusCode(409).body("reason", equalTo("checkout-incomplete"))
                .body("missing", equalTo(List.of("email", "shippingAddress", "shippingService")));
    }

    @Test
    void an_address_is_validated_for_its_country() {
        Map<String, String> cart = Shoppers.anonymousCart("DE");

        anonymous(cart.get("token")).body(Checkouts.address("DE", "1234", null))
                .when().put("/v1/carts/" + cart.get("id") + "/shipping-address").then().statusCode(400)
                .body("errors.field", hasItem("postalCode"));
        anonymous(cart.get("token")).body(Checkouts.address("US", "10001", null))
                .when().put("/v1/carts/" + cart.get("id") + "/shipping-address").then().statusCode(400)
                .body("errors.field", hasItem("region"));
        anonymous(cart.get("token")).body(Checkouts.address("KP", "12345", null))
                .when().put("/v1/carts/" + cart.get("id") + "/shipping-address").then().statusCode(400)
                .body("errors.field", hasItem("country"));
        anonymous(cart.get("token")).body(Map.of("email", "no")).when().put("/v1/carts/" + cart.get("id") + "/email")
                .then().statusCode(400).body("errors.field", hasItem("email"));
    }

    @Test
    void shipping_options_come_from_fulfillment_for_the_carts_address() {
        String sku = Catalog.sellableInDe("10.00");
        Map<String, String> cart = Checkouts.readyCart(sku, 1);

        anonymous(cart.get("token")).when().get("/v1/carts/" + cart.get("id") + "/shipping-options").then()
                .statusCode(200).body("service", equalTo(List.of("economy-mail", "express")))
                .body("[0].price.amount", equalTo("4.90")).body("[0].incoterms", equalTo(List.of("DAP", "DDP")));
    }

    @Test
    void compliance_down_at_the_quote_step_answers_503_with_retry_after_and_stores_nothing() {
        String sku = Catalog.sellableInDe("10.00");
        Map<String, String> cart = Checkouts.readyCart(sku, 1);
        Upstreams.complianceDown();

        Checkouts.quote(cart).then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", "5").body("dependency", equalTo("compliance"));

        assertThat(quotesOf(cart)).isZero();
        assertThat(Upstreams.requestsTo("/v1/quotes")).as("the retry budget").isEqualTo(3);
    }

    @Test
    void fulfillment_down_at_the_shipping_step_answers_503_with_retry_after() {
        String sku = Catalog.sellableInDe("10.00");
        Map<String, String> cart = Checkouts.readyCart(sku, 1);
        Upstreams.fulfillmentDown();

        anonymous(cart.get("token")).when().get("/v1/carts/" + cart.get("id") + "/shipping-options").then()
                .statusCode(503).header("Retry-After", "5").body("dependency", equalTo("fulfillment"));
        Checkouts.quote(cart).then().statusCode(503);
        assertThat(quotesOf(cart)).isZero();
    }
}
