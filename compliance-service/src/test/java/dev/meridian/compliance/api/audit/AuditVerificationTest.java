package dev.meridian.compliance.api.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.meridian.compliance.support.Http;
import dev.meridian.platform.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "officer", roles = "compliance-officer")
class AuditVerificationTest {

    private static void addTerm(String term) {
        Http.create(Map.of("term", term)).when().post("/v1/admin/protected-terms").then().statusCode(201);
    }

    @Test
    void actions_are_audited_and_queryable_by_subject_and_actor() {
        addTerm("Acme Audit");

        given().queryParam("subject", "protected-term:Acme Audit").when().get("/v1/audit")
                .then().statusCode(200).body("[0].actor", equalTo("officer"))
                .body("[0].action", equalTo("protected-term.added"));
        given().queryParam("actor", "officer").when().get("/v1/audit")
                .then().statusCode(200).body("subject", hasItem("protected-term:Acme Audit"));
    }

    @Test
    void altering_a_stored_audit_row_is_detected() {
        addTerm("Tamper One");
        addTerm("Tamper Two");
        given().when().get("/v1/audit/verification").then().statusCode(200).body("valid", equalTo(true));

        long seq = TestDatabase.count("select seq from audit_entry where subject = 'protected-term:Tamper One'");
        TestDatabase.execute("update audit_entry set actor = 'someone-else' where seq = ?", seq);

        given().when().get("/v1/audit/verification").then().statusCode(200)
                .body("valid", equalTo(false))
                .body("firstBrokenSeq", equalTo((int) seq));
        TestDatabase.execute("update audit_entry set actor = 'officer' where seq = ?", seq);
    }
}
