package dev.meridian.catalog.api.storefront;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.meridian.catalog.support.Catalog;
import dev.meridian.catalog.support.Products;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "editor", roles = "catalog-editor")
class StorefrontProductTest {

    private static final String LONG_TITLE_DE = "Merinoschal";

    private String sku;
    private String u;

    private String product(String market) {
        sku = Products.uniqueSku();
        u = Catalog.unique();
        String id = Catalog.create(Catalog.product(sku, Map.of("de", LONG_TITLE_DE, "en", "Merino scarf"),
                Map.of("de", "merinoschal-" + u, "en", "merino-scarf-" + u)));
        Catalog.publish(id, market, true);
        return id;
    }

    private static Response get(String market, String handle, String locale) {
        return given().queryParam("locale", locale).redirects().follow(false)
                .when().get("/v1/markets/" + market + "/products/" + handle);
    }

    @Test
    void a_regional_locale_is_served_in_its_language_with_content_language() {
        String eu = Catalog.market("EU", "EUR", List.of("en", "de", "fr"), true);
        product(eu);
        get(eu, "merinoschal-" + u, "de-AT").then().statusCode(200)
                .header("Content-Language", "de").body("title", equalTo(LONG_TITLE_DE)).body("locale", equalTo("de"));
    }

    @Test
    void a_locale_the_product_lacks_is_served_in_the_market_default() {
        String eu = Catalog.market("EU", "EUR", List.of("en", "de", "fr"), true);
        product(eu);
        get(eu, "merino-scarf-" + u, "fr").then().statusCode(200)
                .header("Content-Language", "en").body("title", equalTo("Merino scarf"));
    }

    @Test
    void a_repeat_get_with_the_etag_is_304_without_body_and_a_price_change_changes_the_etag() {
        String eu = Catalog.market("EU", "EUR", List.of("en", "de"), true);
        String id = product(eu);
        Response first = get(eu, "merino-scarf-" + u, "en");
        first.then().statusCode(200).header("Cache-Control", equalTo("public, max-age=60, stale-while-revalidate=300"))
                .body("price.amount.amount", equalTo("59.90")).body("taxInclusive", equalTo(true));
        String etag = first.header("ETag");
        assertThat(etag).isNotBlank();

        Response again = given().header("If-None-Match", etag).queryParam("locale", "en")
                .when().get("/v1/markets/" + eu + "/products/merino-scarf-" + u);
        again.then().statusCode(304);
        assertThat(again.asByteArray()).isEmpty();

        Catalog.price(id, sku, eu, "EUR", "49.90");
        given().header("If-None-Match", etag).queryParam("locale", "en")
                .when().get("/v1/markets/" + eu + "/products/merino-scarf-" + u)
                .then().statusCode(200).header("ETag", org.hamcrest.Matchers.not(etag))
                .body("price.amount.amount", equalTo("49.90"));
    }

    @Test
    void an_unpublished_product_is_404_in_that_market_yet_visible_in_another() {
        String eu = Catalog.market("EU", "EUR", List.of("en"), true);
        String uk = Catalog.market("UK", "GBP", List.of("en"), true);
        String id = product(eu);
        Catalog.publish(id, uk, true);
        Catalog.publish(id, uk, false);
        get(uk, "merino-scarf-" + u, "en").then().statusCode(404).contentType("application/problem+json");
        get(eu, "merino-scarf-" + u, "en").then().statusCode(200);
    }

    @Test
    void a_product_in_two_markets_and_three_locales_lists_all_its_alternates() {
        String eu = Catalog.market("EU", "EUR", List.of("de", "fr", "en"), true);
        String uk = Catalog.market("UK", "GBP", List.of("en"), true);
        sku = Products.uniqueSku();
        u = Catalog.unique();
        String id = Catalog.create(Catalog.product(sku, Map.of("de", "Schal", "fr", "Écharpe", "en", "Scarf"),
                Map.of("de", "schal-" + u, "fr", "echarpe-" + u, "en", "scarf-" + u)));
        Catalog.publish(id, eu, true);
        Catalog.publish(id, uk, true);
        get(uk, "scarf-" + u, "en").then().statusCode(200)
                .body("alternates", hasSize(4))
                .body("alternates.findAll { it.market == '" + eu + "' }.locale", org.hamcrest.Matchers.containsInAnyOrder("de", "fr", "en"))
                .body("alternates.find { it.market == '" + uk + "' }.handle", equalTo("scarf-" + u))
                .body("alternates.find { it.locale == 'fr' }.path", equalTo("/v1/markets/" + eu + "/products/echarpe-" + u + "?locale=fr"));
    }

    @Test
    void an_old_handle_answers_301_to_the_new_one() {
        String eu = Catalog.market("EU", "EUR", List.of("en"), true);
        String id = product(eu);
        Response read = given().when().get("/v1/admin/products/" + id);
        Map<String, Object> body = new java.util.HashMap<>(Catalog.product(sku, Map.of("de", LONG_TITLE_DE, "en", "Merino scarf"),
                Map.of("de", "merinoschal-" + u, "en", "merino-wrap-" + u)));
        given().contentType("application/json").header("If-Match", read.header("ETag")).body(body)
                .when().put("/v1/admin/products/" + id).then().statusCode(200);

        get(eu, "merino-scarf-" + u, "en").then().statusCode(301)
                .header("Location", org.hamcrest.Matchers.endsWith("/v1/markets/" + eu + "/products/merino-wrap-" + u + "?locale=en"));
        get(eu, "merino-wrap-" + u, "en").then().statusCode(200);
    }
}
