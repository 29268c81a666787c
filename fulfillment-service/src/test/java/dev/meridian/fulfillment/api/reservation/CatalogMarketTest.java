package dev.meridian.fulfillment.api.reservation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import dev.meridian.fulfillment.support.Reservations;
import dev.meridian.fulfillment.support.Stock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Checkout passes the catalog's market (EU, UK, US: a market spans countries) and the destination country
 * separately: the market decides currency and policies, the country decides routing and the shipping zone.
 */
@QuarkusTest
@TestSecurity(user = "checkout", roles = {"integration", "merchant-admin"})
class CatalogMarketTest {

    private static Map<String, Object> quote(String market, String country, String currency, List<Object> lines) {
        return Map.of("market", market, "destinationCountry", country,
                "orderValue", Map.of("currency", currency, "amount", "20.00"), "lines", lines);
    }

    @Test
    void a_reservation_in_the_catalogs_eu_market_for_a_german_address_ships_from_the_german_warehouse() {
        String sku = Stock.skuWith(Stock.WH_DE, 3);

        Reservations.reserve(Map.of("orderId", Reservations.orderId(), "market", "EU", "destinationCountry", "DE",
                        "lines", Reservations.lines(sku, 2))).then().statusCode(201)
                .body("market", equalTo("EU")).body("destinationCountry", equalTo("DE"))
                .body("lines[0].location", equalTo(Stock.WH_DE))
                .body("routing.reason", equalTo("LOCAL_WAREHOUSE_COMPLETE"));
    }

    @Test
    void a_reservation_in_the_eu_market_for_a_country_the_german_warehouse_does_not_serve_ships_from_the_origin() {
        String sku = Stock.skuWith(Stock.WH_DE, 3);
        Stock.add(sku, Stock.ORIGIN, 3);

        Reservations.reserve(Map.of("orderId", Reservations.orderId(), "market", "EU", "destinationCountry", "FR",
                        "lines", Reservations.lines(sku, 2))).then().statusCode(201)
                .body("lines[0].location", equalTo(Stock.ORIGIN));
    }

    @Test
    void a_quote_in_the_catalogs_eu_market_prices_in_euro_and_offers_local_delivery_in_germany() {
        String sku = Stock.skuWith(Stock.WH_DE, 3);

        given().contentType("application/json").body(quote("EU", "DE", "EUR",
                        List.of(Map.of("sku", sku, "quantity", 1))))
                .when().post("/v1/shipping-quotes").then().statusCode(200)
                .body("market", equalTo("EU")).body("currency", equalTo("EUR"))
                .body("options.service", hasItem("local"));
    }

    @Test
    void a_quote_in_the_catalogs_uk_market_prices_in_pounds() {
        given().contentType("application/json").body(Map.of("market", "UK", "destinationCountry", "GB",
                        "orderValue", Map.of("currency", "GBP", "amount", "20.00"), "weightGrams", 400))
                .when().post("/v1/shipping-quotes").then().statusCode(200)
                .body("currency", equalTo("GBP")).body("options.price.currency", everyItem(equalTo("GBP")));
    }
}
