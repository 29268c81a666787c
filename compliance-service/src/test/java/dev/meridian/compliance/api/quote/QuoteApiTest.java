package dev.meridian.compliance.api.quote;

import static dev.meridian.compliance.support.Carts.cart;
import static dev.meridian.compliance.support.Carts.line;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.empty;

import dev.meridian.platform.testing.KeycloakTokens;
import dev.meridian.platform.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class QuoteApiTest {

    @Test
    @TestSecurity(user = "erp", roles = "integration")
    void an_inclusive_german_price_is_split_exactly_and_names_its_rules() {
        given().contentType("application/json").body(cart("DE", line("119.00", "EUR", "610910")))
                .when().post("/v1/quotes")
                .then().statusCode(200)
                .body("regime", equalTo("DOMESTIC"))
                .body("lines[0].net.amount", equalTo("100.00"))
                .body("lines[0].tax.amount", equalTo("19.00"))
                .body("lines[0].taxes[0].ratePercent", equalTo("19"))
                .body("lines[0].rules.id", hasItem("de-vat-standard"))
                .body("lines[0].explanation", org.hamcrest.Matchers.containsString("de-vat-standard v1"))
                .body("totals.collectedAtCheckout.amount", equalTo("119.00"));
    }

    @Test
    @TestSecurity(user = "erp", roles = "integration")
    void every_line_of_a_ten_line_cart_names_the_rule_ids_it_applied() {
        List<Map<String, Object>> lines = java.util.stream.IntStream.range(0, 10)
                .mapToObj(i -> line(i + "9.90", "EUR", "6109.10")).toList();
        Map<String, Object> body = cart("FR", lines.getFirst());
        body.put("lines", lines);
        given().contentType("application/json").body(body).when().post("/v1/quotes")
                .then().statusCode(200)
                .body("lines", org.hamcrest.Matchers.hasSize(10))
                .body("lines.rules", everyItem(not(empty())))
                .body("lines.rules.id", everyItem(hasItem("fr-vat-standard")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "unknown country,     XX, 10.00, EUR, 610910, shipTo.country",
            "negative amount,     FR, -1.00, EUR, 610910, lines[0].unitPrice.amount",
            "currency mismatch,   FR, 10.00, USD, 610910, lines[0].unitPrice.currency",
            "malformed HS code,   US, 10.00, EUR, 61-09,  lines[0].hsCode"})
    @TestSecurity(user = "erp", roles = "integration")
    void bad_input_is_a_400_problem_and_stores_nothing(String name, String to, String amount, String currency, String hs,
                                                       String field) {
        long audit = TestDatabase.count("select count(*) from audit_entry");
        long outbox = TestDatabase.count("select count(*) from outbox_event");

        given().contentType("application/json").body(cart(to, line(amount, currency, hs)))
                .when().post("/v1/quotes")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://meridian.dev/problems/validation-error"))
                .body("errors.field", hasItem(field));

        assertThat(TestDatabase.count("select count(*) from audit_entry")).isEqualTo(audit);
        assertThat(TestDatabase.count("select count(*) from outbox_event")).isEqualTo(outbox);
    }

    @Test
    @TestSecurity(user = "erp", roles = "integration")
    void a_country_the_rules_cannot_answer_is_a_400_naming_the_field_and_stores_nothing() {
        long outbox = TestDatabase.count("select count(*) from outbox_event");
        Map<String, Object> brazil = cart("BR", line("10.00", "EUR", "610910"));

        given().contentType("application/json").body(brazil).when().post("/v1/quotes")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://meridian.dev/problems/validation-error"))
                .body("errors.field", hasItem("shipTo.country"));

        assertThat(TestDatabase.count("select count(*) from outbox_event")).isEqualTo(outbox);
    }

    @Test
    @TestSecurity(user = "shopper", roles = "customer")
    void a_customer_cannot_ask_for_a_quote() {
        given().contentType("application/json").body(cart("DE", line("119.00", "EUR", "610910")))
                .when().post("/v1/quotes").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void the_erp_service_account_quotes_with_a_real_keycloak_token() {
        given().auth().oauth2(KeycloakTokens.forClient("erp-integration", "erp-integration-dev-secret"))
                .contentType("application/json").body(cart("DE", line("119.00", "EUR", "610910")))
                .when().post("/v1/quotes").then().statusCode(200).body("totals.tax.amount", equalTo("19.00"));
    }

    @Test
    void no_token_is_unauthorized() {
        given().contentType("application/json").body(cart("DE", line("119.00", "EUR", "610910")))
                .when().post("/v1/quotes").then().statusCode(401).contentType("application/problem+json");
    }
}
