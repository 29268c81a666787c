package dev.meridian.compliance.api.rules;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.meridian.compliance.support.Concurrently;
import dev.meridian.compliance.support.Http;
import dev.meridian.compliance.support.TestClock;
import dev.meridian.platform.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Duty rates, de minimis, low-value regimes and FX rates maintained through the admin API. The database is shared
 * by every test class of the JVM, so each change here takes effect in 2027 or later (no other test quotes then) and
 * touches a rule no other test of this class touches.
 */
@QuarkusTest
@TestSecurity(user = "officer", roles = {"compliance-officer", "integration"})
class TradeRuleAdminTest {

    @AfterEach
    void resetClock() {
        TestClock.CLOCK.set(TestClock.START);
    }

    private static void on(String date) {
        TestClock.CLOCK.set(Instant.parse(date + "T10:00:00Z"));
    }

    /** A cart of one tax-exclusive T-shirt from China, so no preference or inclusive extraction blurs the figures. */
    private static ValidatableResponse quote(String to, String amount) {
        Map<String, Object> line = Map.of("sku", "TSHIRT-1", "quantity", 1,
                "unitPrice", Map.of("currency", "EUR", "amount", amount), "taxInclusive", false,
                "taxCategory", "standard", "hsCode", "610910", "origin", "CN");
        return given().contentType("application/json")
                .body(Map.of("market", "intl", "shipFrom", Map.of("country", "CN"), "shipTo", Map.of("country", to),
                        "currency", "EUR", "lines", List.of(line), "incoterm", "DDP"))
                .when().post("/v1/quotes").then().statusCode(200);
    }

    private static ValidatableResponse post(String path, Map<String, Object> body) {
        return Http.create(body).when().post("/v1/admin/" + path).then();
    }

    private static long audited(String action, String subject) {
        return TestDatabase.count("select count(*) from audit_entry where action = ? and subject = ?", action, subject);
    }

    @Test
    void a_new_duty_rate_applies_from_its_effective_date_and_not_before() {
        post("duty-rules", Map.of("id", "no-duty-61", "destination", "NO", "hsPrefix", "61", "ratePercent", "15",
                "validFrom", "2027-02-01", "supersedesVersion", 1))
                .statusCode(201).body("version", equalTo(2)).body("ratePercent", equalTo(15));

        on("2027-01-31");
        quote("NO", "300.00").body("regime", equalTo("NO_IMPORT")).body("lines[0].dutyRatePercent", equalTo("10.7"));
        on("2027-02-01");
        quote("NO", "300.00").body("lines[0].dutyRatePercent", equalTo("15"))
                .body("lines[0].rules", hasItem(Map.of("id", "no-duty-61", "version", 2)));
        assertThat(audited("duty-rule.version-added", "duty-rule:no-duty-61")).isEqualTo(1);
    }

    @Test
    void a_new_fx_rate_moves_a_consignment_over_the_uk_threshold_from_its_effective_date() {
        on("2027-02-28");
        quote("GB", "150.00").body("regime", equalTo("UK_LOW_VALUE"))
                .body("thresholds[0].convertedValue.amount", equalTo("127.50"));

        post("fx-rates", Map.of("id", "fx-gbp", "currency", "GBP", "perEur", "0.95", "validFrom", "2027-03-01",
                "source", "test reference rate")).statusCode(201).body("version", equalTo(2));

        quote("GB", "150.00").body("regime", equalTo("UK_LOW_VALUE"));
        on("2027-03-01");
        quote("GB", "150.00").body("regime", equalTo("UK_IMPORT"))
                .body("thresholds[0].convertedValue.amount", equalTo("142.50"))
                .body("thresholds[0].exchangeRateRules", hasItem(Map.of("id", "fx-gbp", "version", 2)));
        assertThat(audited("fx-rate.version-added", "fx-rate:fx-gbp")).isEqualTo(1);
    }

    @Test
    void a_lower_de_minimis_makes_a_consignment_dutiable_from_its_effective_date() {
        post("duty-de-minimis", Map.of("id", "jp-de-minimis", "destination", "JP",
                "threshold", Map.of("currency", "JPY", "amount", "5000"), "validFrom", "2027-04-01"))
                .statusCode(201).body("version", equalTo(2));

        on("2027-03-31");
        quote("JP", "50.00").body("lines[0].duty.amount", equalTo("0.00"));
        on("2027-04-01");
        quote("JP", "50.00").body("lines[0].duty.amount", equalTo("5.00"));
        assertThat(audited("duty-de-minimis.version-added", "duty-de-minimis:jp-de-minimis")).isEqualTo(1);
    }

    @Test
    void a_lower_low_value_threshold_turns_a_consignment_into_an_import_from_its_effective_date() {
        post("low-value-regimes", Map.of("id", "nz-low-value", "destination", "NZ", "code", "NZ_LVG",
                "aboveCode", "NZ_IMPORT", "threshold", Map.of("currency", "NZD", "amount", "500"),
                "validFrom", "2027-05-01", "supersedesVersion", 1)).statusCode(201).body("version", equalTo(2));

        on("2027-04-30");
        quote("NZ", "400.00").body("regime", equalTo("NZ_LVG"));
        on("2027-05-01");
        quote("NZ", "400.00").body("regime", equalTo("NZ_IMPORT"));
        assertThat(audited("low-value-regime.version-added", "low-value-regime:nz-low-value")).isEqualTo(1);
    }

    static List<Object[]> badInput() {
        return List.of(
                new Object[] {"duty-rules", body("id", "xx-duty", "destination", "XX", "hsPrefix", "61", "ratePercent", "5", "validFrom", "2027-06-01"), "destination"},
                new Object[] {"duty-rules", body("id", "de-duty-61", "destination", "DE", "hsPrefix", "61", "ratePercent", "5", "validFrom", "2027-06-01"), "destination"},
                new Object[] {"duty-rules", body("id", "ch-duty-61", "destination", "CH", "hsPrefix", "6109.1", "ratePercent", "5", "validFrom", "2027-06-01"), "hsPrefix"},
                new Object[] {"duty-rules", body("id", "ch-duty-61", "destination", "CH", "hsPrefix", "61", "ratePercent", "-5", "validFrom", "2027-06-01"), "ratePercent"},
                new Object[] {"duty-rules", body("id", "ch-duty-61", "destination", "CH", "hsPrefix", "61", "ratePercent", "5", "validFrom", "2027-06-01", "validTo", "2027-05-01"), "validTo"},
                new Object[] {"duty-de-minimis", body("id", "ch-de-minimis", "destination", "CH", "threshold", Map.of("currency", "CHF", "amount", "-1"), "validFrom", "2027-06-01"), "threshold.amount"},
                new Object[] {"duty-de-minimis", body("id", "ch-de-minimis", "destination", "CH", "validFrom", "2027-06-01"), "threshold"},
                new Object[] {"low-value-regimes", body("id", "ch-low-value", "destination", "CH", "code", "CH_LV", "aboveCode", "CH_LV", "threshold", Map.of("currency", "CHF", "amount", "100"), "validFrom", "2027-06-01"), "aboveCode"},
                new Object[] {"fx-rates", body("id", "fx-eur", "currency", "EUR", "perEur", "1", "validFrom", "2027-06-01", "source", "x"), "currency"},
                new Object[] {"fx-rates", body("id", "fx-xyz", "currency", "XYZ", "perEur", "1", "validFrom", "2027-06-01", "source", "x"), "currency"},
                new Object[] {"fx-rates", body("id", "fx-chf", "currency", "CHF", "perEur", "0", "validFrom", "2027-06-01", "source", "x"), "perEur"});
    }

    private static Map<String, Object> body(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @ParameterizedTest(name = "{0} with bad {2}")
    @MethodSource("badInput")
    void bad_input_is_a_400_problem_and_stores_nothing(String path, Map<String, Object> body, String field) {
        long rows = allRuleRows();
        long audit = TestDatabase.count("select count(*) from audit_entry");

        post(path, body).statusCode(400).contentType("application/problem+json");

        assertThat(allRuleRows()).isEqualTo(rows);
        assertThat(TestDatabase.count("select count(*) from audit_entry")).isEqualTo(audit);
    }

    private static long allRuleRows() {
        return TestDatabase.count("select (select count(*) from duty_rule) + (select count(*) from duty_de_minimis)"
                + " + (select count(*) from low_value_regime) + (select count(*) from fx_rate)");
    }

    @Test
    void a_version_that_supersedes_a_stale_version_is_a_409_and_stores_nothing() {
        post("fx-rates", Map.of("id", "fx-sek", "currency", "SEK", "perEur", "11.3", "validFrom", "2027-07-01",
                "source", "first officer", "supersedesVersion", 1)).statusCode(201).body("version", equalTo(2));
        long rows = allRuleRows();

        post("fx-rates", Map.of("id", "fx-sek", "currency", "SEK", "perEur", "11.4", "validFrom", "2027-08-01",
                "source", "second officer, who saw version 1", "supersedesVersion", 1))
                .statusCode(409).contentType("application/problem+json");

        assertThat(allRuleRows()).isEqualTo(rows);
        assertThat(audited("fx-rate.version-added", "fx-rate:fx-sek")).isEqualTo(1);
    }

    @Test
    void a_version_taking_effect_on_or_before_the_version_it_supersedes_is_a_409() {
        post("duty-rules", Map.of("id", "jp-duty-64", "destination", "JP", "hsPrefix", "64", "ratePercent", "20",
                "validFrom", "2027-09-01")).statusCode(201);
        long rows = allRuleRows();

        post("duty-rules", Map.of("id", "jp-duty-64", "destination", "JP", "hsPrefix", "64", "ratePercent", "22",
                "validFrom", "2027-09-01")).statusCode(409).contentType("application/problem+json");
        post("duty-rules", Map.of("id", "jp-duty-64", "destination", "JP", "hsPrefix", "64", "ratePercent", "22",
                "validFrom", "2027-08-01")).statusCode(409);

        assertThat(allRuleRows()).isEqualTo(rows);
    }

    @Test
    void a_second_rule_id_overlapping_an_existing_rule_about_the_same_thing_is_a_409() {
        long rows = allRuleRows();

        post("duty-de-minimis", Map.of("id", "ca-de-minimis-new", "destination", "CA",
                "threshold", Map.of("currency", "CAD", "amount", "40"), "validFrom", "2027-10-01"))
                .statusCode(409).contentType("application/problem+json");
        post("duty-rules", Map.of("id", "gb-clothing", "destination", "GB", "hsPrefix", "61", "ratePercent", "10",
                "validFrom", "2027-10-01")).statusCode(409);
        post("duty-rules", Map.of("id", "no-such-rule", "destination", "GB", "hsPrefix", "9999", "ratePercent", "10",
                "validFrom", "2027-10-01", "supersedesVersion", 1)).statusCode(409);

        assertThat(allRuleRows()).isEqualTo(rows);
    }

    static List<Object[]> retries() {
        return List.of(
                new Object[] {"duty-rules", "duty_rule", body("id", "ch-duty-64", "destination", "CH", "hsPrefix", "64",
                        "ratePercent", "3", "validFrom", "2028-02-01")},
                new Object[] {"duty-de-minimis", "duty_de_minimis", body("id", "ca-de-minimis", "destination", "CA",
                        "threshold", Map.of("currency", "CAD", "amount", "100"), "validFrom", "2028-02-01")},
                new Object[] {"low-value-regimes", "low_value_regime", body("id", "sg-low-value", "destination", "SG",
                        "code", "SG_LVG", "aboveCode", "SG_IMPORT", "threshold", Map.of("currency", "SGD", "amount", "300"),
                        "validFrom", "2028-02-01")},
                new Object[] {"fx-rates", "fx_rate", body("id", "fx-huf", "currency", "HUF", "perEur", "410",
                        "validFrom", "2028-02-01", "source", "retried reference rate")});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("retries")
    void a_retry_with_the_same_idempotency_key_answers_the_same_and_adds_one_version(String path, String table,
                                                                                  Map<String, Object> body) {
        String id = (String) body.get("id");
        long before = TestDatabase.count("select count(*) from " + table + " where id = ?", id);
        String key = UUID.randomUUID().toString();

        String first = Http.create(key, body).when().post("/v1/admin/" + path).then().statusCode(201).extract().asString();
        String retry = Http.create(key, body).when().post("/v1/admin/" + path).then().statusCode(201)
                .header("Idempotent-Replayed", "true").extract().asString();

        assertThat(retry).isEqualTo(first);
        assertThat(TestDatabase.count("select count(*) from " + table + " where id = ?", id)).isEqualTo(before + 1);
    }

    @Test
    void concurrent_versions_of_one_fx_rate_are_one_201_and_409s_never_a_500() throws Exception {
        Map<String, Object> body = Map.of("id", "fx-czk", "currency", "CZK", "perEur", "24.5", "validFrom", "2028-05-01",
                "source", "raced reference rate");
        long before = TestDatabase.count("select count(*) from fx_rate where id = 'fx-czk'");

        List<Integer> statuses = Concurrently.statuses(6,
                () -> Http.create(body).when().post("/v1/admin/fx-rates").then().extract().statusCode());

        assertThat(statuses).containsOnly(201, 409).containsOnlyOnce(201);
        assertThat(TestDatabase.count("select count(*) from fx_rate where id = 'fx-czk'")).isEqualTo(before + 1);
    }

    @Test
    void the_rules_can_be_listed_with_every_version() {
        given().queryParam("destination", "US").when().get("/v1/admin/duty-de-minimis").then().statusCode(200)
                .body("version", equalTo(List.of(1, 2))).body("[1].suspended", equalTo(true));
        given().queryParam("destination", "EU").when().get("/v1/admin/low-value-regimes").then().statusCode(200)
                .body("[0].threshold.amount", equalTo("150.00"));
        given().queryParam("currency", "USD").when().get("/v1/admin/fx-rates").then().statusCode(200)
                .body("[0].id", equalTo("fx-usd"));
        given().queryParam("destination", "EU").when().get("/v1/admin/duty-rules").then().statusCode(200)
                .body("id", hasItem("eu-duty-61"));
        given().when().get("/v1/admin/restriction-rules").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "merchant", roles = "merchant-admin")
    void a_merchant_admin_may_maintain_the_rules() {
        post("fx-rates", Map.of("id", "fx-dkk", "currency", "DKK", "perEur", "7.45", "validFrom", "2028-01-01",
                "source", "merchant")).statusCode(201);
    }

    @Test
    @TestSecurity(user = "shopper", roles = "customer")
    void a_customer_may_not_change_or_read_the_rules() {
        post("fx-rates", Map.of("id", "fx-pln", "currency", "PLN", "perEur", "4.3", "validFrom", "2028-01-01",
                "source", "shopper")).statusCode(403);
        given().when().get("/v1/admin/fx-rates").then().statusCode(403);
        given().when().get("/v1/admin/restriction-rules").then().statusCode(403);
    }
}
