package dev.meridian.fulfillment.api.shipping;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.meridian.fulfillment.support.Stock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Against the starter configuration (V4 migration): DE free from EUR 60, economy EU bands 500 g / 2 kg / 10 kg. */
@QuarkusTest
class ShippingQuoteTest {

    private static final String ECONOMY = "options.find { it.service == 'economy-mail' }";

    private static ValidatableResponse quote(String market, String country, String currency, String value,
                                             Long grams) {
        Map<String, Object> body = new HashMap<>(Map.of("market", market, "destinationCountry", country,
                "orderValue", Map.of("currency", currency, "amount", value)));
        if (grams != null) {
            body.put("weightGrams", grams);
        }
        return given().contentType("application/json").body(body).when().post("/v1/shipping-quotes").then();
    }

    @Test
    void shipping_is_free_at_the_threshold() {
        quote("DE", "DE", "EUR", "60.00", 800L).statusCode(200)
                .body(ECONOMY + ".price.amount", equalTo("0.00")).body(ECONOMY + ".freeShipping", equalTo(true));
    }

    @Test
    void shipping_is_not_free_just_below_the_threshold() {
        quote("DE", "DE", "EUR", "59.99", 800L).statusCode(200)
                .body(ECONOMY + ".price.amount", equalTo("7.90")).body(ECONOMY + ".freeShipping", equalTo(false));
    }

    @Test
    void the_band_boundary_weight_belongs_to_the_lower_band() {
        quote("DE", "DE", "EUR", "10.00", 500L).statusCode(200).body(ECONOMY + ".price.amount", equalTo("4.90"));
        quote("DE", "DE", "EUR", "10.00", 501L).statusCode(200).body(ECONOMY + ".price.amount", equalTo("7.90"));
    }

    @Test
    void prices_are_in_the_market_currency() {
        quote("GB", "GB", "GBP", "10.00", 800L).statusCode(200).body("currency", equalTo("GBP"))
                .body("options.price.currency", everyItem(equalTo("GBP")));
    }

    @Test
    void an_order_value_in_another_currency_is_refused() {
        quote("GB", "GB", "EUR", "10.00", 800L).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("orderValue.currency"));
    }

    @Test
    void options_state_estimate_and_incoterms() {
        quote("US", "US", "USD", "10.00", 800L).statusCode(200)
                .body(ECONOMY + ".incoterms", equalTo(List.of("DAP", "DDP")))
                .body(ECONOMY + ".estimate.minDays", org.hamcrest.Matchers.greaterThanOrEqualTo(5));
    }

    @Test
    @TestSecurity(user = "admin", roles = "merchant-admin")
    void local_delivery_is_offered_when_the_de_warehouse_holds_the_lines() {
        String inDe = Stock.skuWith(Stock.WH_DE, 5);
        String onlyOrigin = Stock.skuWith(Stock.ORIGIN, 5);
        Map<String, Object> body = Map.of("market", "DE", "destinationCountry", "DE",
                "orderValue", Map.of("currency", "EUR", "amount", "20.00"));

        Map<String, Object> withDe = new HashMap<>(body);
        withDe.put("lines", List.of(Map.of("sku", inDe, "quantity", 2)));
        given().contentType("application/json").body(withDe).when().post("/v1/shipping-quotes").then()
                .statusCode(200).body("options.service", hasItem("local")).body("weightGrams", equalTo(500));

        Map<String, Object> withoutDe = new HashMap<>(body);
        withoutDe.put("lines", List.of(Map.of("sku", onlyOrigin, "quantity", 2)));
        given().contentType("application/json").body(withoutDe).when().post("/v1/shipping-quotes").then()
                .statusCode(200).body("options.service", not(hasItem("local")));
    }

    @Test
    void an_unknown_market_is_a_bad_request() {
        quote("ZZ", "DE", "EUR", "10.00", 800L).statusCode(400).contentType("application/problem+json");
    }
}
