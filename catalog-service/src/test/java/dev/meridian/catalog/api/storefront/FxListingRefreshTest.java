package dev.meridian.catalog.api.storefront;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.meridian.catalog.support.Catalog;
import dev.meridian.catalog.support.Products;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "editor", roles = "catalog-editor")
class FxListingRefreshTest {

    private static void rate(String quote, String rate, Instant from) {
        Catalog.rate("EUR", quote, rate, from);
    }

    private static List<String> ids(String market, String param, String amount) {
        return given().queryParam(param, amount).queryParam("limit", 100)
                .when().get("/v1/markets/" + market + "/products").then().statusCode(200).extract().path("items.id");
    }

    @Test
    void a_new_fx_rate_moves_derived_products_in_price_filters() {
        rate("SEK", "10", Instant.now().minus(Duration.ofDays(1)));
        String se = Catalog.market("SE", "SEK", List.of("en"), true);
        Map<String, Object> body = new HashMap<>(Products.newProduct());
        body.put("price", Map.of("currency", "EUR", "amount", "10.00"));
        String id = Catalog.create(body);
        Catalog.publish(id, se, true);
        given().queryParam("maxPrice", "200").when().get("/v1/markets/" + se + "/products")
                .then().statusCode(200).body("items.id", hasItem(id));

        rate("SEK", "30", Instant.now().minusSeconds(1));

        await().atMost(Duration.ofSeconds(20)).until(() -> !ids(se, "maxPrice", "200").contains(id)
                && ids(se, "minPrice", "250").contains(id));
        given().queryParam("maxPrice", "200").when().get("/v1/markets/" + se + "/products")
                .then().body("items.id", not(hasItem(id)));
    }
}
