package dev.meridian.compliance.api.dsr;

import static dev.meridian.compliance.support.Tokens.subjectOf;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import dev.meridian.compliance.support.Http;
import dev.meridian.compliance.support.Tokens;
import dev.meridian.platform.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Customers file and follow their own data-subject requests, with real Keycloak tokens (users customer, customer2). */
@QuarkusTest
class DsrCustomerTest {

    private static String customer;
    private static String customer2;

    @BeforeAll
    static void tokens() {
        customer = Tokens.customer();
        customer2 = Tokens.customer2();
    }

    private static String open(String token, Map<String, Object> body) {
        return Http.create(body).auth().oauth2(token).when().post("/v1/dsr").then().statusCode(201).extract().path("id");
    }

    @Test
    void a_customer_files_an_access_request_about_themselves_and_follows_it() {
        String id = open(customer, Map.of("kind", "ACCESS", "regulation", "GDPR"));

        given().auth().oauth2(customer).when().get("/v1/dsr/" + id).then().statusCode(200)
                .body("subjectId", equalTo(subjectOf(customer))).body("kind", equalTo("ACCESS"));
        given().auth().oauth2(customer).when().get("/v1/dsr").then().statusCode(200)
                .body("id", hasItem(id)).body("subjectId", everyItem(equalTo(subjectOf(customer))));
    }

    @Test
    void the_audit_log_names_a_customer_by_their_token_subject() {
        String id = open(customer, Map.of("kind", "ERASURE", "regulation", "GDPR"));

        assertThat(TestDatabase.count("select count(*) from audit_entry where action = 'dsr.opened' and actor = ?"
                + " and after_state like ?", subjectOf(customer), "%" + id + "%")).isEqualTo(1);
    }

    @Test
    void a_customer_may_file_an_erasure_request_naming_their_own_subject_id() {
        String id = open(customer, Map.of("subjectId", subjectOf(customer), "kind", "ERASURE", "regulation", "CCPA"));

        given().auth().oauth2(customer).when().get("/v1/dsr/" + id).then().statusCode(200)
                .body("kind", equalTo("ERASURE"));
    }

    @Test
    void a_customer_may_not_file_a_request_about_another_customer_and_nothing_is_stored() {
        long requests = TestDatabase.count("select count(*) from dsr_request");
        long audit = TestDatabase.count("select count(*) from audit_entry");

        Http.create(Map.of("subjectId", subjectOf(customer2), "kind", "ERASURE", "regulation", "GDPR"))
                .auth().oauth2(customer).when().post("/v1/dsr").then().statusCode(403).contentType("application/problem+json");

        assertThat(TestDatabase.count("select count(*) from dsr_request")).isEqualTo(requests);
        assertThat(TestDatabase.count("select count(*) from audit_entry")).isEqualTo(audit);
    }

    @Test
    void another_customers_request_is_not_found() {
        String id = open(customer, Map.of("kind", "ACCESS", "regulation", "GDPR"));

        given().auth().oauth2(customer2).when().get("/v1/dsr/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(customer2).when().get("/v1/dsr/" + id + "/export").then().statusCode(404);
        given().auth().oauth2(customer2).when().get("/v1/dsr").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.not(hasItem(id)));
    }

    @Test
    void a_customer_may_not_list_another_customers_requests() {
        given().auth().oauth2(customer2).queryParam("subjectId", subjectOf(customer)).when().get("/v1/dsr")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void a_compliance_officer_still_files_for_any_subject() {
        String officer = Tokens.complianceOfficer();
        String id = open(officer, Map.of("subjectId", subjectOf(customer2), "kind", "ACCESS", "regulation", "GDPR"));

        given().auth().oauth2(customer2).when().get("/v1/dsr/" + id).then().statusCode(200);
        given().auth().oauth2(officer).queryParam("subjectId", subjectOf(customer2)).when().get("/v1/dsr")
                .then().statusCode(200).body("id", hasItem(id));
    }

    @Test
    void a_customer_may_not_read_the_audit_log() {
        given().auth().oauth2(customer).when().get("/v1/audit").then().statusCode(403);
    }
}
