package dev.meridian.catalog.api.storefront;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.catalog.support.Catalog;
import dev.meridian.catalog.support.Products;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "editor", roles = "catalog-editor")
class SitemapAndFeedTest {

    @Test
    void the_sitemap_holds_exactly_the_published_products_with_alternates_and_lastmod() {
        String eu = Catalog.market("EU", "EUR", List.of("de", "en"), true);
        String u = Catalog.unique();
        String a = Catalog.create(Catalog.product(Products.uniqueSku(), Map.of("de", "Schal", "en", "Scarf"),
                Map.of("de", "schal-" + u, "en", "scarf-" + u)));
        String b = Catalog.create(Catalog.product(Products.uniqueSku(), Map.of("en", "Hat"), Map.of("en", "hat-" + u)));
        Catalog.create(Catalog.product(Products.uniqueSku(), Map.of("en", "Unpublished"), Map.of("en", "hidden-" + u)));
        Catalog.publish(a, eu, true);
        Catalog.publish(b, eu, true);

        String xml = given().when().get("/v1/markets/" + eu + "/sitemap.xml").then().statusCode(200)
                .contentType("application/xml").extract().asString();
        assertThat(xml.split("<url>").length - 1).isEqualTo(2);
        assertThat(xml).contains("/products/schal-" + u + "?locale=de</loc>")
                .contains("hreflang=\"en\" href=\"https://shop.example.com/v1/markets/" + eu + "/products/scarf-" + u)
                .contains("<lastmod>").doesNotContain("hidden-" + u);
    }

    @Test
    void the_change_feed_pages_through_every_change_once_in_order() {
        OffsetDateTime since = OffsetDateTime.now().minusSeconds(1);
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(Catalog.create(Products.newProduct()));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("updatedSince", since.toString()).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.when().get("/v1/admin/products").then().statusCode(200).extract().jsonPath();
            List<String> ids = page.getList("items.id");
            seen.addAll(ids);
            cursor = ids.isEmpty() ? null : page.getString("next");
        } while (cursor != null);
        assertThat(seen).containsAll(created);
        assertThat(new HashSet<>(seen)).hasSize(seen.size());
    }
}
