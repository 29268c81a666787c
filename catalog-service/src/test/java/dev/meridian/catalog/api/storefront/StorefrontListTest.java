package dev.meridian.catalog.api.storefront;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.meridian.catalog.support.Catalog;
import dev.meridian.catalog.support.Products;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "editor", roles = "catalog-editor")
class StorefrontListTest {

    private static String product(String market, Map<String, String> title, String price) {
        String sku = Products.uniqueSku();
        Map<String, Object> body = new java.util.HashMap<>(Catalog.product(sku, title, Map.of()));
        body.put("price", Map.of("currency", "EUR", "amount", price));
        String id = Catalog.create(body);
        Catalog.publish(id, market, true);
        return id;
    }

    @Test
    void a_german_query_with_umlauts_and_other_case_finds_the_product() {
        String eu = Catalog.market("EU", "EUR", List.of("de", "en"), true);
        String id = product(eu, Map.of("de", "Bio-Müsli mit Äpfeln", "en", "Organic muesli"), "4.99");
        product(eu, Map.of("de", "Wollsocken", "en", "Wool socks"), "9.99");
        given().queryParam("locale", "de").queryParam("q", "MUSLI apfeln")
                .when().get("/v1/markets/" + eu + "/products")
                .then().statusCode(200).body("items.id", contains(id)).header("Content-Language", "de");
        given().queryParam("locale", "de").queryParam("q", "müsli")
                .when().get("/v1/markets/" + eu + "/products")
                .then().statusCode(200).body("items.id", contains(id));
    }

    @Test
    void sql_meta_characters_in_the_query_are_harmless() {
        String eu = Catalog.market("EU", "EUR", List.of("en"), true);
        product(eu, Map.of("en", "Scarf"), "5.00");
        for (String q : List.of("'; drop table product; --", "scarf' or '1'='1", "\\ % _ & | ! ( ) :*")) {
            given().queryParam("q", q).when().get("/v1/markets/" + eu + "/products")
                    .then().statusCode(200).body("items", notNullValue());
        }
        given().when().get("/v1/markets/" + eu + "/products").then().statusCode(200).body("items.size()", equalTo(1));
    }

    @Test
    void unpublished_products_are_absent_from_the_list_but_listed_in_other_markets() {
        String eu = Catalog.market("EU", "EUR", List.of("en"), true);
        String uk = Catalog.market("UK", "EUR", List.of("en"), true);
        String id = product(eu, Map.of("en", "Scarf"), "5.00");
        Catalog.publish(id, uk, true);
        Catalog.publish(id, uk, false);
        given().when().get("/v1/markets/" + uk + "/products").then().statusCode(200).body("items.id", not(hasItem(id)));
        given().when().get("/v1/markets/" + eu + "/products").then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void pages_follow_the_cursor_without_gaps_or_repeats_sorted_by_price() {
        String eu = Catalog.market("EU", "EUR", List.of("en"), true);
        String a = product(eu, Map.of("en", "A"), "3.00");
        String b = product(eu, Map.of("en", "B"), "1.00");
        String c = product(eu, Map.of("en", "C"), "2.00");
        String next = given().queryParam("sort", "price-asc").queryParam("limit", 2).when().get("/v1/markets/" + eu + "/products")
                .then().statusCode(200).body("items.id", contains(b, c)).extract().path("next");
        given().queryParam("sort", "price-asc").queryParam("limit", 2).queryParam("cursor", next)
                .when().get("/v1/markets/" + eu + "/products")
                .then().statusCode(200).body("items.id", contains(a)).body("next", nullValue());
        given().queryParam("maxPrice", "2.00").queryParam("sort", "price-desc").when().get("/v1/markets/" + eu + "/products")
                .then().body("items.id", contains(c, b));
    }

    @Test
    void an_oversized_page_is_a_400_problem() {
        String eu = Catalog.market("EU", "EUR", List.of("en"), true);
        given().queryParam("limit", 1000).when().get("/v1/markets/" + eu + "/products")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("limit"));
    }
}
