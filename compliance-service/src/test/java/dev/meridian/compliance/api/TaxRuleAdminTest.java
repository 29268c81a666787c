package dev.meridian.compliance.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.meridian.compliance.support.TestClock;
import dev.meridian.platform.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "officer", roles = {"compliance-officer", "merchant-admin"})
class TaxRuleAdminTest {

    @AfterEach
    void resetClock() {
        TestClock.CLOCK.set(TestClock.START);
    }

    private static String quoteTax(String country) {
        return given().contentType("application/json")
                .body(QuoteApiTest.cart(country, QuoteApiTest.line("100.00", "EUR", "610910")))
                .when().post("/v1/quotes").then().statusCode(200).extract().path("lines[0].taxes[0].ratePercent");
    }

    @Test
    void a_new_rate_version_applies_from_its_effective_date_and_not_before() {
        given().contentType("application/json").body(Map.of("id", "lu-vat-standard", "country", "LU",
                        "category", "standard", "taxName", "VAT", "ratePercent", "18", "validFrom", "2026-03-10"))
                .when().post("/v1/admin/tax-rules").then().statusCode(201).body("version", equalTo(2));

        assertThat(quoteTax("LU")).isEqualTo("17");
        TestClock.CLOCK.advance(Duration.ofDays(8));
        assertThat(quoteTax("LU")).isEqualTo("18");
    }

    @Test
    void an_invalid_rule_is_a_400_and_stores_nothing() {
        long rules = TestDatabase.count("select count(*) from tax_rule");
        long audit = TestDatabase.count("select count(*) from audit_entry");

        given().contentType("application/json").body(Map.of("id", "xx-vat", "country", "XX", "category", "standard",
                        "taxName", "VAT", "ratePercent", "20", "validFrom", "2026-01-01"))
                .when().post("/v1/admin/tax-rules").then().statusCode(400).contentType("application/problem+json");
        given().contentType("application/json").body(Map.of("id", "de-vat-standard", "country", "DE", "category", "standard",
                        "taxName", "VAT", "ratePercent", "-5", "validFrom", "2026-01-01"))
                .when().post("/v1/admin/tax-rules").then().statusCode(400).contentType("application/problem+json");

        assertThat(TestDatabase.count("select count(*) from tax_rule")).isEqualTo(rules);
        assertThat(TestDatabase.count("select count(*) from audit_entry")).isEqualTo(audit);
    }
}
