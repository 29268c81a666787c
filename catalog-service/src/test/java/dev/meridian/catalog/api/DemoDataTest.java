package dev.meridian.catalog.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "admin", roles = "merchant-admin")
class DemoDataTest {

    @Test
    void seeding_creates_demo_markets_and_products_visible_in_every_market_and_reseeding_changes_nothing() {
        given().queryParam("products", 3).queryParam("variants", 2).when().post("/v1/admin/demo-data")
                .then().statusCode(200).body("products", equalTo(3));
        for (String market : new String[] {"EU", "UK", "US", "JP", "AU"}) {
            given().queryParam("q", "DEMO-1").when().get("/v1/markets/" + market + "/products")
                    .then().statusCode(200);
        }
        String handle = given().queryParam("locale", "ja").queryParam("q", "DEMO-0").when().get("/v1/markets/JP/products")
                .then().statusCode(200).extract().path("items[0].handle");
        given().queryParam("locale", "ja").when().get("/v1/markets/JP/products/" + handle)
                .then().statusCode(200).body("price.amount.currency", equalTo("JPY")).body("variants.size()", equalTo(2));
        given().queryParam("products", 3).queryParam("variants", 2).when().post("/v1/admin/demo-data")
                .then().statusCode(200).body("skipped", equalTo(3));
    }
}
