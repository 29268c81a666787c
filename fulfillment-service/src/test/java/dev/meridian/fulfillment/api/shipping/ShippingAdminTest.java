package dev.meridian.fulfillment.api.shipping;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Shipping configuration through the admin API. Each test configures its own zone (a country no seed zone covers)
 * and its own service, so the starter configuration other tests rely on stays as it is.
 */
@QuarkusTest
@TestSecurity(user = "merchant", roles = "merchant-admin")
class ShippingAdminTest {

    private static Map<String, Object> money(String currency, String amount) {
        return Map.of("currency", currency, "amount", amount);
    }

    private static Map<String, Object> band(Integer upTo, String amount) {
        Map<String, Object> band = new HashMap<>();
        band.put("upTo", upTo);
        band.put("price", money("EUR", amount));
        return band;
    }

    private static ValidatableResponse put(String path, Object body) {
        return given().contentType("application/json").body(body).when().put("/v1/admin/shipping" + path).then();
    }

    private static String service(boolean freeShippingEligible) {
        String code = "courier-" + UUID.randomUUID().toString().substring(0, 8);
        put("/services/" + code, Map.of("carrier", "simpost", "name", "Test courier", "kind", "ECONOMY",
                "transitDaysMin", 2, "transitDaysMax", 4, "incoterms", List.of("DAP"),
                "freeShippingEligible", freeShippingEligible)).statusCode(200);
        return code;
    }

    private static String zone(String country) {
        String code = "Z-" + country;
        put("/zones/" + code, Map.of("countries", List.of(country))).statusCode(200);
        return code;
    }

    private static ValidatableResponse quote(String market, String country, String value, long grams) {
        return given().contentType("application/json").body(Map.of("market", market, "destinationCountry", country,
                        "orderValue", money("EUR", value), "weightGrams", grams))
                .when().post("/v1/shipping-quotes").then().statusCode(200);
    }

    private static String configuration() {
        return given().when().get("/v1/admin/shipping").then().statusCode(200).extract().asString();
    }

    @Test
    void a_rate_change_through_the_api_changes_the_next_quote() {
        String zone = zone("CH");
        String service = service(false);
        String option = "options.find { it.service == '" + service + "' }";
        put("/rates/" + service + "/" + zone + "/EUR", Map.of("basis", "WEIGHT",
                "bands", List.of(band(1000, "3.00"), band(null, "6.00")))).statusCode(200);
        quote("DE", "CH", "10.00", 800).body(option + ".price.amount", equalTo("3.00"));

        put("/rates/" + service + "/" + zone + "/EUR", Map.of("basis", "WEIGHT",
                "bands", List.of(band(1000, "4.50"), band(null, "6.00")))).statusCode(200);

        // No waiting for the snapshot to age: the very next quote uses the new rate.
        quote("DE", "CH", "10.00", 800).body(option + ".price.amount", equalTo("4.50"));
        quote("DE", "CH", "10.00", 1001).body(option + ".price.amount", equalTo("6.00"));
    }

    @Test
    void a_market_threshold_and_withdrawal_window_change_through_the_api_apply_at_once() {
        String zone = zone("LI");
        String service = service(true);
        String option = "options.find { it.service == '" + service + "' }";
        put("/rates/" + service + "/" + zone + "/EUR", Map.of("basis", "WEIGHT",
                "bands", List.of(band(null, "5.00")))).statusCode(200);
        put("/markets/LI", Map.of("currency", "EUR", "freeShippingThreshold", money("EUR", "100.00"),
                "withdrawalDays", 30, "returnHub", "HUB-DE", "timeZone", "Europe/Vaduz")).statusCode(200)
                .body("markets.find { it.code == 'LI' }.withdrawalDays", equalTo(30));
        quote("LI", "LI", "50.00", 800).body(option + ".freeShipping", equalTo(false));

        put("/markets/LI", Map.of("currency", "EUR", "freeShippingThreshold", money("EUR", "50.00"),
                "withdrawalDays", 14, "timeZone", "Europe/Vaduz")).statusCode(200);

        quote("LI", "LI", "50.00", 800).body(option + ".freeShipping", equalTo(true))
                .body(option + ".price.amount", equalTo("0.00"));
    }

    @Test
    void bad_configuration_is_refused_with_a_problem_and_changes_nothing() {
        String zone = zone("MC");
        String service = service(false);
        String rates = "/rates/" + service + "/" + zone + "/EUR";
        put(rates, Map.of("basis", "WEIGHT", "bands", List.of(band(500, "3.00")))).statusCode(200);
        String before = configuration();

        put(rates, Map.of("basis", "WEIGHT", "bands", List.of(band(500, "3.00"), band(500, "4.00"))))
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("bands[1].upTo"));
        put(rates, Map.of("basis", "WEIGHT", "bands", List.of(band(null, "3.00"), band(null, "4.00"))))
                .statusCode(400).contentType("application/problem+json");
        put(rates, Map.of("basis", "WEIGHT", "bands", List.of(band(500, "-1.00"))))
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("bands[0].price.amount"));
        put("/rates/" + service + "/" + zone + "/EUX", Map.of("basis", "WEIGHT",
                "bands", List.of(band(500, "3.00")))).statusCode(400).contentType("application/problem+json");
        put("/rates/no-such-service/" + zone + "/EUR", Map.of("basis", "WEIGHT",
                "bands", List.of(band(500, "3.00")))).statusCode(400).contentType("application/problem+json");
        put("/zones/" + zone, Map.of("countries", List.of("MC", "XX"))).statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("countries"));
        put("/zones/" + zone, Map.of("countries", List.of("MC", "DE"))).statusCode(400)
                .contentType("application/problem+json");
        put("/services/" + service, Map.of("carrier", "simpost", "name", "x", "kind", "TELEPORT",
                "transitDaysMin", 2, "transitDaysMax", 1, "incoterms", List.of("FOB"), "freeShippingEligible", true))
                .statusCode(400).contentType("application/problem+json");
        put("/markets/DE", Map.of("currency", "EUR", "freeShippingThreshold", money("EUR", "-5.00"),
                "withdrawalDays", 14, "timeZone", "Europe/Berlin")).statusCode(400)
                .contentType("application/problem+json");
        put("/markets/DE", Map.of("currency", "EUZ", "withdrawalDays", 14, "timeZone", "Europe/Berlin"))
                .statusCode(400).contentType("application/problem+json");
        put("/markets/DE", Map.of("currency", "EUR", "withdrawalDays", -1, "timeZone", "Europe/Berlin"))
                .statusCode(400).contentType("application/problem+json");
        put("/markets/DE", Map.of("currency", "EUR", "withdrawalDays", 14, "timeZone", "Europe/Berlin",
                "returnHub", "ORIGIN-PT")).statusCode(400).contentType("application/problem+json");

        assertThat(configuration()).isEqualTo(before);
        quote("DE", "MC", "10.00", 400).body("options.find { it.service == '" + service + "' }.price.amount",
                equalTo("3.00"));
    }

    @Test
    @TestSecurity(user = "ops", roles = "order-manager")
    void only_merchant_admins_change_shipping_configuration() {
        put("/zones/Z-SM", Map.of("countries", List.of("SM"))).statusCode(403);
    }
}
