package dev.meridian.catalog.api.demo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.catalog.support.ProductionSettings;
import dev.meridian.platform.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Outside the dev, test and demo profiles the demo data endpoint does not exist: it would change a real catalog. */
@QuarkusTest
@TestProfile(ProductionSettings.class)
@TestSecurity(user = "admin", roles = "merchant-admin")
class DemoDataDisabledTest {

    @Test
    void with_demo_data_off_seeding_is_404_and_changes_nothing() {
        long markets = TestDatabase.count("select count(*) from market");
        long rates = TestDatabase.count("select count(*) from fx_rate");

        given().header("Idempotency-Key", UUID.randomUUID().toString()).queryParam("products", 1)
                .when().post("/v1/admin/demo-data")
                .then().statusCode(404).contentType("application/problem+json");

        assertThat(TestDatabase.count("select count(*) from market")).isEqualTo(markets);
        assertThat(TestDatabase.count("select count(*) from fx_rate")).isEqualTo(rates);
        assertThat(TestDatabase.count("select count(*) from product where sku like 'DEMO-%'")).isZero();
    }
}
