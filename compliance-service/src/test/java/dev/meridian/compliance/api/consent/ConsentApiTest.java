package dev.meridian.compliance.api.consent;

import static dev.meridian.compliance.support.Tokens.subjectOf;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.meridian.compliance.support.Http;
import dev.meridian.compliance.support.Tokens;
import dev.meridian.platform.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Customers act with real Keycloak tokens: their subject id is the token's sub, never their username. */
@QuarkusTest
class ConsentApiTest {

    private static String customer;
    private static String customer2;

    @BeforeAll
    static void tokens() {
        customer = Tokens.customer();
        customer2 = Tokens.customer2();
    }

    private static Map<String, Object> decision(String purpose, boolean granted) {
        return Map.of("purpose", purpose, "granted", granted, "policyVersion", "2026-01", "jurisdiction", "DE",
                "source", "storefront-banner");
    }

    private static ValidatableResponse record(String subject, String purpose, boolean granted) {
        return Http.create(decision(purpose, granted)).when().post("/v1/consents/" + subject).then();
    }

    private static ValidatableResponse record(String token, String subject, String purpose, boolean granted) {
        return Http.create(decision(purpose, granted)).auth().oauth2(token).when().post("/v1/consents/" + subject).then();
    }

    private static long ledgerSize(String subject) {
        return TestDatabase.count("select count(*) from consent_record where subject_id = ?", subject);
    }

    @Test
    @TestSecurity(user = "officer", roles = "compliance-officer")
    void the_latest_grant_or_withdrawal_is_the_current_state_and_the_ledger_keeps_both() {
        record("subject-1", "MARKETING", true).statusCode(201);
        record("subject-1", "MARKETING", false).statusCode(201);

        given().when().get("/v1/consents/subject-1").then().statusCode(200)
                .body("current.find { it.purpose == 'MARKETING' }.granted", equalTo(false))
                .body("current.find { it.purpose == 'NECESSARY' }.granted", equalTo(true))
                .body("ledger.size()", equalTo(2));
    }

    @Test
    @TestSecurity(user = "officer", roles = "compliance-officer")
    void the_recorded_entry_answers_the_ledger_seq_it_was_stored_with() {
        String id = record("subject-5", "ANALYTICS", true).statusCode(201).extract().path("id");
        Number seq = record("subject-5", "ANALYTICS", false).statusCode(201).extract().path("seq");

        assertThat(seq.longValue()).isPositive()
                .isEqualTo(TestDatabase.count("select max(seq) from consent_record where subject_id = 'subject-5'"))
                .isGreaterThan(TestDatabase.count("select seq from consent_record where id = ?::uuid", id));
    }

    @Test
    void a_customer_records_and_reads_their_consent_under_their_token_subject() {
        String sub = subjectOf(customer);

        record(customer, sub, "PERSONALISATION", true).statusCode(201).body("subjectId", equalTo(sub));

        given().auth().oauth2(customer).when().get("/v1/consents/" + sub).then().statusCode(200)
                .body("subjectId", equalTo(sub)).body("ledger.purpose", hasItem("PERSONALISATION"));
    }

    @Test
    void a_customer_naming_their_username_instead_of_their_subject_is_not_found_and_nothing_is_stored() {
        String username = Tokens.claim(customer, "preferred_username");
        long before = ledgerSize(username);

        record(customer, username, "MARKETING", true).statusCode(404).contentType("application/problem+json");

        assertThat(ledgerSize(username)).isEqualTo(before);
    }

    @Test
    void a_customer_cannot_read_someone_elses_consent() {
        given().auth().oauth2(customer2).when().get("/v1/consents/" + subjectOf(customer)).then().statusCode(404);
    }

    @Test
    void an_unknown_purpose_is_a_400_and_stores_nothing() {
        String sub = subjectOf(customer2);
        long before = ledgerSize(sub);

        record(customer2, sub, "TELEPATHY", true).statusCode(400).contentType("application/problem+json");
        record(customer2, sub, "NECESSARY", false).statusCode(400).contentType("application/problem+json");

        assertThat(ledgerSize(sub)).isEqualTo(before);
    }

    @Test
    @TestSecurity(user = "officer", roles = "compliance-officer")
    void a_decision_retried_with_the_same_key_answers_the_same_and_is_recorded_once() {
        String key = UUID.randomUUID().toString();

        String first = Http.create(key, decision("ANALYTICS", true)).when().post("/v1/consents/subject-4").then()
                .statusCode(201).extract().asString();
        String retry = Http.create(key, decision("ANALYTICS", true)).when().post("/v1/consents/subject-4").then()
                .statusCode(201).header("Idempotent-Replayed", "true").extract().asString();

        assertThat(retry).isEqualTo(first);
        assertThat(ledgerSize("subject-4")).isEqualTo(1);
    }
}
