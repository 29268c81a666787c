package dev.meridian.compliance.api.consent;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.meridian.compliance.support.Http;
import dev.meridian.platform.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConsentApiTest {

    private static io.restassured.response.ValidatableResponse record(String subject, String purpose, boolean granted) {
        return Http.create(Map.of("purpose", purpose, "granted", granted,
                        "policyVersion", "2026-01", "jurisdiction", "DE", "source", "storefront-banner"))
                .when().post("/v1/consents/" + subject).then();
    }

    @Test
    @TestSecurity(user = "subject-1", roles = "customer")
    void the_latest_grant_or_withdrawal_is_the_current_state_and_the_ledger_keeps_both() {
        record("subject-1", "MARKETING", true).statusCode(201);
        record("subject-1", "MARKETING", false).statusCode(201);

        given().when().get("/v1/consents/subject-1").then().statusCode(200)
                .body("current.find { it.purpose == 'MARKETING' }.granted", equalTo(false))
                .body("current.find { it.purpose == 'NECESSARY' }.granted", equalTo(true))
                .body("ledger.size()", equalTo(2));
    }

    @Test
    @TestSecurity(user = "subject-4", roles = "customer")
    void a_decision_retried_with_the_same_key_answers_the_same_and_is_recorded_once() {
        String key = java.util.UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("purpose", "ANALYTICS", "granted", true, "policyVersion", "2026-01",
                "jurisdiction", "DE", "source", "storefront-banner");

        String first = Http.create(key, body).when().post("/v1/consents/subject-4").then().statusCode(201)
                .extract().asString();
        String retry = Http.create(key, body).when().post("/v1/consents/subject-4").then().statusCode(201)
                .header("Idempotent-Replayed", "true").extract().asString();

        assertThat(retry).isEqualTo(first);
        assertThat(TestDatabase.count("select count(*) from consent_record where subject_id = 'subject-4'")).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "subject-2", roles = "customer")
    void a_customer_cannot_read_someone_elses_consent() {
        given().when().get("/v1/consents/subject-1").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "subject-3", roles = "customer")
    void an_unknown_purpose_is_a_400_and_stores_nothing() {
        long before = TestDatabase.count("select count(*) from consent_record");

        record("subject-3", "TELEPATHY", true).statusCode(400).contentType("application/problem+json");
        record("subject-3", "NECESSARY", false).statusCode(400).contentType("application/problem+json");

        assertThat(TestDatabase.count("select count(*) from consent_record")).isEqualTo(before);
    }
}
