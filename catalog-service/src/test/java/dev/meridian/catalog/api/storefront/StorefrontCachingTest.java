package dev.meridian.catalog.api.storefront;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import dev.meridian.catalog.support.Catalog;
import dev.meridian.catalog.support.ProductionSettings;
import dev.meridian.catalog.support.Products;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With the storefront micro-cache on, as in production: what is one entry, and what is not. */
@QuarkusTest
@TestProfile(ProductionSettings.class)
@TestSecurity(user = "editor", roles = "catalog-editor")
class StorefrontCachingTest {

    @Test
    void the_sitemap_is_served_from_the_cache() {
        String eu = Catalog.market("SM", "EUR", List.of("en"), true);
        String u = Catalog.unique();
        Catalog.publish(Catalog.create(Catalog.product(Products.uniqueSku(), Map.of("en", "Hat"), Map.of("en", "hat-" + u))), eu, true);
        String first = given().when().get("/v1/markets/" + eu + "/sitemap.xml").then().statusCode(200).extract().asString();

        Catalog.publish(Catalog.create(Catalog.product(Products.uniqueSku(), Map.of("en", "Cap"), Map.of("en", "cap-" + u))), eu, true);

        String again = given().when().get("/v1/markets/" + eu + "/sitemap.xml").then().statusCode(200).extract().asString();
        assertThat(again).isEqualTo(first).doesNotContain("cap-" + u);
    }

    @Test
    void a_locale_in_other_case_is_served_from_the_same_entry() {
        String eu = Catalog.market("LC", "EUR", List.of("de", "en"), true);
        String sku = Products.uniqueSku();
        String u = Catalog.unique();
        String id = Catalog.create(Catalog.product(sku, Map.of("de", "Schal"), Map.of("de", "schal-" + u)));
        Catalog.publish(id, eu, true);
        given().queryParam("locale", "de-at").when().get("/v1/markets/" + eu + "/products/schal-" + u)
                .then().statusCode(200).body("price.amount.amount", equalTo("59.90"));

        Catalog.price(id, sku, eu, "EUR", "49.90");

        given().queryParam("locale", "de-AT").when().get("/v1/markets/" + eu + "/products/schal-" + u)
                .then().statusCode(200).body("price.amount.amount", equalTo("59.90"));
    }

    @Test
    void two_option_filters_and_one_option_value_with_a_comma_are_different_pages() {
        String eu = Catalog.market("OP", "EUR", List.of("en"), true);
        String commaValue = product(eu, Map.of("color", List.of("red, size:m")));
        String twoAxes = product(eu, Map.of("color", List.of("red"), "size", List.of("m")));

        given().queryParam("option", "color:red, size:m").when().get("/v1/markets/" + eu + "/products")
                .then().statusCode(200).body("items.id", contains(commaValue));
        given().queryParam("option", "color:red").queryParam("option", "size:m")
                .when().get("/v1/markets/" + eu + "/products")
                .then().statusCode(200).body("items.id", contains(twoAxes));
    }

    /** A published product with one variant taking the first value of each axis. */
    private static String product(String market, Map<String, List<String>> axes) {
        String sku = Products.uniqueSku();
        Map<String, Object> body = new HashMap<>(Products.newProduct(sku));
        Map<String, String> options = new HashMap<>();
        axes.forEach((axis, values) -> options.put(axis, values.get(0)));
        body.put("optionAxes", axes.entrySet().stream().map(a -> Map.of("name", a.getKey(), "values", a.getValue())).toList());
        body.put("variants", List.of(Map.of("sku", sku + "-1", "options", options)));
        String id = Catalog.create(body);
        Catalog.publish(id, market, true);
        return id;
    }
}
