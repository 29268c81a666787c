package dev.meridian.compliance.api.rules;

import static dev.meridian.compliance.support.Carts.cart;
import static dev.meridian.compliance.support.Carts.line;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.meridian.compliance.support.Concurrently;
import dev.meridian.compliance.support.Http;
import dev.meridian.compliance.support.TestClock;
import dev.meridian.platform.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Tax rules are versioned like every dated rule (ADR 012). The database is shared by every test class of the JVM:
 * each test here changes a country no other test quotes or changes.
 */
@QuarkusTest
@TestSecurity(user = "officer", roles = {"compliance-officer", "merchant-admin"})
class TaxRuleAdminTest {

    @AfterEach
    void resetClock() {
        TestClock.CLOCK.set(TestClock.START);
    }

    private static String quoteTax(String country) {
        return given().contentType("application/json").body(cart(country, line("100.00", "EUR", "610910")))
                .when().post("/v1/quotes").then().statusCode(200).extract().path("lines[0].taxes[0].ratePercent");
    }

    /** A standard VAT rate for {@code country}, as the rule {@code id}. */
    private static Map<String, Object> vat(String id, String country, String rate, String validFrom) {
        return new HashMap<>(Map.of("id", id, "country", country, "category", "standard", "taxName", "VAT",
                "ratePercent", rate, "validFrom", validFrom));
    }

    private static ValidatableResponse post(Map<String, Object> body) {
        return Http.create(body).when().post("/v1/admin/tax-rules").then();
    }

    private static long versions(String id) {
        return TestDatabase.count("select count(*) from tax_rule where id = ?", id);
    }

    @Test
    void a_new_rate_version_applies_from_its_effective_date_and_not_before() {
        post(vat("lu-vat-standard", "LU", "18", "2026-03-10")).statusCode(201).body("version", equalTo(2));

        assertThat(quoteTax("LU")).isEqualTo("17");
        TestClock.CLOCK.advance(Duration.ofDays(8));
        assertThat(quoteTax("LU")).isEqualTo("18");
    }

    @Test
    void an_invalid_rule_is_a_400_and_stores_nothing() {
        long rules = TestDatabase.count("select count(*) from tax_rule");
        long audit = TestDatabase.count("select count(*) from audit_entry");

        post(vat("xx-vat", "XX", "20", "2026-01-01")).statusCode(400).contentType("application/problem+json");
        post(vat("de-vat-standard", "DE", "-5", "2026-01-01")).statusCode(400).contentType("application/problem+json");

        assertThat(TestDatabase.count("select count(*) from tax_rule")).isEqualTo(rules);
        assertThat(TestDatabase.count("select count(*) from audit_entry")).isEqualTo(audit);
    }

    @Test
    void a_version_that_supersedes_a_stale_version_is_a_409_and_stores_nothing() {
        Map<String, Object> first = vat("mt-vat-standard", "MT", "19", "2027-01-01");
        first.put("supersedesVersion", 1);
        post(first).statusCode(201).body("version", equalTo(2));

        Map<String, Object> stale = vat("mt-vat-standard", "MT", "20", "2027-06-01");
        stale.put("supersedesVersion", 1);
        post(stale).statusCode(409).contentType("application/problem+json").body("currentVersion", equalTo(2));

        assertThat(versions("mt-vat-standard")).isEqualTo(2);
    }

    @Test
    void a_version_taking_effect_on_or_before_the_newest_version_is_a_409_and_stores_nothing() {
        post(vat("cy-vat-standard", "CY", "20", "2027-02-01")).statusCode(201).body("version", equalTo(2));

        post(vat("cy-vat-standard", "CY", "21", "2027-02-01")).statusCode(409).contentType("application/problem+json");
        post(vat("cy-vat-standard", "CY", "21", "2027-01-01")).statusCode(409);

        assertThat(versions("cy-vat-standard")).isEqualTo(2);
    }

    @Test
    void a_second_rule_id_overlapping_a_rule_about_the_same_tax_is_a_409_and_stores_nothing() {
        post(vat("ee-vat-standard-new", "EE", "24", "2027-03-01")).statusCode(409)
                .contentType("application/problem+json").body("ruleId", equalTo("ee-vat-standard"));

        assertThat(versions("ee-vat-standard-new")).isZero();
    }

    @Test
    void a_retry_with_the_same_idempotency_key_answers_the_same_and_adds_one_version() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = vat("lv-vat-standard", "LV", "22", "2027-04-01");

        String first = Http.create(key, body).when().post("/v1/admin/tax-rules").then().statusCode(201)
                .extract().asString();
        String retry = Http.create(key, body).when().post("/v1/admin/tax-rules").then().statusCode(201)
                .header("Idempotent-Replayed", "true").extract().asString();

        assertThat(retry).isEqualTo(first);
        assertThat(versions("lv-vat-standard")).isEqualTo(2);
        assertThat(TestDatabase.count("select count(*) from audit_entry where subject = 'tax-rule:lv-vat-standard'"))
                .isEqualTo(1);
    }

    @Test
    void the_same_idempotency_key_with_another_body_is_a_422_and_stores_nothing() {
        String key = UUID.randomUUID().toString();
        Http.create(key, vat("lt-vat-standard", "LT", "22", "2027-05-01")).when().post("/v1/admin/tax-rules")
                .then().statusCode(201);

        Http.create(key, vat("lt-vat-standard", "LT", "23", "2027-06-01")).when().post("/v1/admin/tax-rules")
                .then().statusCode(422).contentType("application/problem+json");

        assertThat(versions("lt-vat-standard")).isEqualTo(2);
    }

    @Test
    void a_date_outside_2000_to_2100_is_a_400_naming_it_and_stores_nothing() {
        Map<String, Object> forever = vat("pt-vat-standard", "PT", "24", "2027-08-01");
        forever.put("validTo", "+999999999-12-31");
        Map<String, Object> ancient = vat("pt-vat-standard", "PT", "24", "1999-12-31");

        post(forever).statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("validTo"));
        post(ancient).statusCode(400).body("errors[0].field", equalTo("validFrom"));

        assertThat(versions("pt-vat-standard")).isEqualTo(1);
    }

    @Test
    void after_a_refused_date_rule_writes_and_quotes_go_on() {
        Map<String, Object> forever = vat("ro-vat-standard", "RO", "22", "2027-09-01");
        forever.put("validTo", "+999999999-12-31");
        post(forever).statusCode(400);

        post(vat("ro-vat-standard", "RO", "22", "2027-09-01")).statusCode(201).body("version", equalTo(3));
        assertThat(quoteTax("RO")).isEqualTo("21");
    }

    @Test
    void concurrent_first_versions_of_one_new_rule_are_one_201_and_409s_never_a_500() throws Exception {
        Map<String, Object> body = vat("hu-vat-standard-2028", "HU", "27", "2028-01-01");
        body.put("category", "digital");

        List<Integer> statuses = Concurrently.statuses(6,
                () -> Http.create(body).when().post("/v1/admin/tax-rules").then().extract().statusCode());

        assertThat(statuses).containsOnly(201, 409).containsOnlyOnce(201);
        assertThat(versions("hu-vat-standard-2028")).isEqualTo(1);
    }

    @Test
    void a_rule_post_without_an_idempotency_key_is_a_400_and_stores_nothing() {
        long before = versions("sk-vat-standard");

        given().contentType("application/json").body(vat("sk-vat-standard", "SK", "24", "2027-07-01"))
                .when().post("/v1/admin/tax-rules").then().statusCode(400).contentType("application/problem+json");

        assertThat(versions("sk-vat-standard")).isEqualTo(before);
    }
}
