package dev.meridian.catalog.api.storefront;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.meridian.catalog.support.Catalog;
import dev.meridian.catalog.support.Products;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "editor", roles = "catalog-editor")
class JapaneseHandleTest {

    private static final String TITLE_JA = "メリノ ジャケット セーター";

    /** A JP product whose ja handle is generated from its title, as the demo data's are; answers that handle. */
    private static String publishedJapaneseProduct(String market) {
        String sku = Products.uniqueSku();
        Map<String, Object> body = new HashMap<>(Products.newProduct(sku));
        body.put("title", Map.of("ja", TITLE_JA, "en", "Merino jacket"));
        body.put("price", Map.of("currency", "JPY", "amount", "9800"));
        String id = Catalog.create(body);
        Catalog.publish(id, market, true);
        return given().when().get("/v1/admin/products/" + id).then().statusCode(200)
                .extract().path("details.handle.ja");
    }

    /** The path as a browser sends it: UTF-8, percent-encoded. */
    private static String encoded(String handle) {
        return URLEncoder.encode(handle, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Test
    void a_product_is_found_by_its_japanese_handle_through_the_url() {
        String jp = Catalog.market("JP", "JPY", List.of("ja", "en"), true);
        String handle = publishedJapaneseProduct(jp);
        assertThat(handle).contains("ジャケット").contains("セーター");

        given().urlEncodingEnabled(false).redirects().follow(false)
                .when().get("/v1/markets/" + jp + "/products/" + encoded(handle))
                .then().statusCode(200).header("Content-Language", "ja").body("title", equalTo(TITLE_JA));
    }

    @Test
    void the_alternate_path_of_a_japanese_handle_is_percent_encoded_and_leads_to_the_product() {
        String jp = Catalog.market("JP", "JPY", List.of("ja", "en"), true);
        String handle = publishedJapaneseProduct(jp);
        String path = given().urlEncodingEnabled(false)
                .when().get("/v1/markets/" + jp + "/products/" + encoded(handle))
                .then().statusCode(200).extract().path("alternates.find { it.locale == 'ja' }.path");

        assertThat(path).isEqualTo("/v1/markets/" + jp + "/products/" + encoded(handle) + "?locale=ja")
                .matches("\\p{ASCII}+");
        given().urlEncodingEnabled(false).when().get(path).then().statusCode(200).body("title", equalTo(TITLE_JA));
    }

    @Test
    void a_japanese_handle_sent_in_decomposed_form_finds_the_same_product() {
        String jp = Catalog.market("JP", "JPY", List.of("ja", "en"), true);
        String handle = publishedJapaneseProduct(jp);
        String decomposed = Normalizer.normalize(handle, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(handle);

        given().urlEncodingEnabled(false).redirects().follow(false)
                .when().get("/v1/markets/" + jp + "/products/" + encoded(decomposed))
                .then().statusCode(200).body("title", equalTo(TITLE_JA));
    }
}
