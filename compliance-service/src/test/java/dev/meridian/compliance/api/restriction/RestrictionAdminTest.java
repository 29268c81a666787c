package dev.meridian.compliance.api.restriction;

import static org.assertj.core.api.Assertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import dev.meridian.compliance.support.Concurrently;
import dev.meridian.compliance.support.Http;
import dev.meridian.platform.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "officer", roles = "compliance-officer")
class RestrictionAdminTest {

    private static long audited(String action, String subject) {
        return TestDatabase.count("select count(*) from audit_entry where action = ? and subject = ?", action, subject);
    }

    /** A product compliance already knows, whose title names {@code term}. */
    private static String knownProductNaming(String term) {
        return knownProduct("toys", "A " + term + " kite");
    }

    /** A product compliance already knows (as if from catalog), sold in the US. */
    private static String knownProduct(String category, String title) {
        String id = UUID.randomUUID().toString();
        TestDatabase.execute("insert into product_facts (product_id, sku, facts, statuses, updated_at) values (?, ?, ?, ?, ?)",
                id, "SKU-1", "{\"productId\":\"" + id + "\",\"sku\":\"SKU-1\",\"categories\":[\"" + category + "\"],"
                        + "\"certifications\":[\"CE\"],\"dangerousGoods\":[],\"title\":{\"en\":\"" + title + "\"},"
                        + "\"description\":{},\"markets\":[\"US\"]}", "[]", OffsetDateTime.now());
        return id;
    }

    private static void awaitCompleted(String href) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().when().get(href).then()
                .statusCode(200).body("status", equalTo("COMPLETED")));
    }

    @Test
    void a_new_rule_answers_at_once_with_a_queued_re_evaluation_that_runs_to_completion() {
        List<String> kites = java.util.stream.IntStream.range(0, 12).mapToObj(i -> knownProduct("stunt-kites", "Kite " + i))
                .toList();

        String href = Http.create(Map.of("id", "no-stunt-kites-us", "category", "stunt-kites", "market", "US",
                        "kind", "FORBIDDEN")).when().post("/v1/admin/restriction-rules").then().statusCode(201)
                .body("id", equalTo("no-stunt-kites-us")).body("reevaluation.status", equalTo("QUEUED"))
                .body("reevaluation.processed", equalTo(0)).extract().path("reevaluation.href");

        awaitCompleted(href);
        given().when().get(href).then().body("changed", greaterThanOrEqualTo(12))
                .body("processed", equalTo(given().when().get(href).then().extract().path("total")));
        for (String kite : kites) {
            given().when().get("/v1/products/" + kite + "/market-status").then().statusCode(200)
                    .body("[0].status", equalTo("BLOCKED"));
        }
    }

    @Test
    void a_new_term_answers_at_once_with_a_queued_re_evaluation_that_runs_to_completion() {
        String kite = knownProduct("toys", "A Skyhawk kite");

        String href = Http.create(Map.of("term", "Skyhawk")).when().post("/v1/admin/protected-terms").then()
                .statusCode(201).body("term", equalTo("Skyhawk")).body("reevaluation.status", equalTo("QUEUED"))
                .extract().path("reevaluation.href");

        awaitCompleted(href);
        given().when().get("/v1/products/" + kite + "/market-status").then().statusCode(200)
                .body("[0].status", equalTo("NEEDS_REVIEW"));
    }

    @Test
    void a_restriction_rule_retried_with_the_same_key_answers_the_same_and_is_added_once() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> rule = Map.of("id", "no-fireworks-gb", "category", "fireworks", "market", "GB",
                "kind", "FORBIDDEN");

        String first = Http.create(key, rule).when().post("/v1/admin/restriction-rules").then().statusCode(201)
                .body("version", equalTo(1)).extract().asString();
        String retry = Http.create(key, rule).when().post("/v1/admin/restriction-rules").then().statusCode(201)
                .header("Idempotent-Replayed", "true").extract().asString();

        assertThat(retry).isEqualTo(first);
        assertThat(TestDatabase.count("select count(*) from restriction_rule where id = 'no-fireworks-gb'")).isEqualTo(1);
        assertThat(audited("restriction-rule.added", "restriction-rule:no-fireworks-gb")).isEqualTo(1);
    }

    @Test
    void a_protected_term_retried_with_the_same_key_answers_the_same_and_is_added_once() {
        String key = UUID.randomUUID().toString();

        String first = Http.create(key, Map.of("term", "Retry Brand")).when().post("/v1/admin/protected-terms")
                .then().statusCode(201).extract().asString();
        String retry = Http.create(key, Map.of("term", "Retry Brand")).when().post("/v1/admin/protected-terms")
                .then().statusCode(201).header("Idempotent-Replayed", "true").extract().asString();

        assertThat(retry).isEqualTo(first);
        assertThat(TestDatabase.count("select count(*) from protected_term where term = 'Retry Brand'")).isEqualTo(1);
        assertThat(audited("protected-term.added", "protected-term:Retry Brand")).isEqualTo(1);
    }

    @Test
    void concurrent_additions_of_one_restriction_rule_are_numbered_versions_never_a_500() throws Exception {
        List<Integer> statuses = Concurrently.statuses(4, () -> Http.create(Map.of("id", "ukca-toys-gb", "category", "toys",
                        "market", "GB", "kind", "REQUIRES_CERTIFICATION", "subject", "UKCA"))
                .when().post("/v1/admin/restriction-rules").then().extract().statusCode());

        assertThat(statuses).containsOnly(201);
        assertThat(TestDatabase.count("select max(version) from restriction_rule where id = 'ukca-toys-gb'")).isEqualTo(4);
    }

    @Test
    void a_one_letter_term_padded_with_invisible_characters_is_a_400_and_stores_nothing() {
        long terms = TestDatabase.count("select count(*) from protected_term");

        Http.create(Map.of("term", "\u200Bx\u200B")).when().post("/v1/admin/protected-terms").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("term"));

        assertThat(TestDatabase.count("select count(*) from protected_term")).isEqualTo(terms);
    }

    @Test
    void a_term_is_stored_without_invisible_characters_and_composed() {
        Http.create(Map.of("term", "\u200BZu\u0308rich\u00A0Brand\u2060")).when().post("/v1/admin/protected-terms")
                .then().statusCode(201).body("term", equalTo("Zürich Brand"));

        assertThat(TestDatabase.count("select count(*) from protected_term where term = 'Zürich Brand'")).isEqualTo(1);
    }

    @Test
    void a_term_protected_already_is_a_409_and_stores_nothing_more() {
        Http.create(Map.of("term", "Twice Brand")).when().post("/v1/admin/protected-terms").then().statusCode(201);

        Http.create(Map.of("term", "Twice Brand")).when().post("/v1/admin/protected-terms").then().statusCode(409)
                .contentType("application/problem+json");

        assertThat(audited("protected-term.added", "protected-term:Twice Brand")).isEqualTo(1);
    }

    @Test
    void concurrent_posts_of_one_new_term_are_one_201_and_409s_never_a_500() throws Exception {
        List<Integer> statuses = Concurrently.statuses(6, () -> Http.create(Map.of("term", "Raced Brand"))
                .when().post("/v1/admin/protected-terms").then().extract().statusCode());

        assertThat(statuses).containsOnly(201, 409).containsOnlyOnce(201);
        assertThat(TestDatabase.count("select count(*) from protected_term where term = 'Raced Brand'")).isEqualTo(1);
    }

    @Test
    void a_review_decision_retried_with_the_same_key_answers_the_same_and_is_recorded_once() {
        Http.create(Map.of("term", "Reviewkite")).when().post("/v1/admin/protected-terms").then().statusCode(201);
        String productId = knownProductNaming("Reviewkite");
        String key = UUID.randomUUID().toString();
        Map<String, Object> decision = Map.of("approved", true, "comment", "licensed");

        String first = Http.create(key, decision).when().post("/v1/admin/products/" + productId + "/review")
                .then().statusCode(200).body("[0].status", equalTo("ALLOWED")).extract().asString();
        String retry = Http.create(key, decision).when().post("/v1/admin/products/" + productId + "/review")
                .then().statusCode(200).header("Idempotent-Replayed", "true").extract().asString();

        assertThat(retry).isEqualTo(first);
        assertThat(audited("review.approved", "product:" + productId)).isEqualTo(1);
    }
}
