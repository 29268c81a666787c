package dev.meridian.catalog.api.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.meridian.catalog.support.Catalog;
import dev.meridian.platform.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "editor", roles = "catalog-editor")
class ImportInputTest {

    private static List<Object> lines(JsonPath job) {
        return job.getList("errors.line");
    }

    private static String reason(JsonPath job, int line) {
        return job.getList("errors", Map.class).stream().filter(e -> ((Integer) e.get("line")) == line)
                .map(e -> (String) e.get("reason")).findFirst().orElseThrow();
    }

    @Test
    void bad_csv_rows_are_reported_by_line_and_the_good_ones_applied() {
        String market = Catalog.market("IC", "EUR", List.of("en", "de"), true);
        String sku = "CSV-" + Catalog.unique();
        String csv = String.join("\n",
                "sku,currency,price,title.en,title.de,market,amount",
                sku + ",EUR,19.90,\"Wool scarf, red\",Wollschal,,",
                "\"" + sku + "-X,EUR,19.90,Broken,,,",
                sku + ",EUR,,,,NOWHERE,9.90",
                sku + ",EUR,,,," + market + ",-9.90",
                sku + ",EUR,19.90",
                sku + ",GBP,,,," + market + ",9.90",
                sku + ",EUR,,,," + market + ",9.90") + "\n";

        JsonPath job = Imports.awaitCompleted(Imports.submit("text/csv", csv));

        assertThat(lines(job)).containsExactly(3, 4, 5, 6, 7);
        assertThat(reason(job, 3)).startsWith("malformed CSV");
        assertThat(reason(job, 4)).contains("market").contains("NOWHERE");
        assertThat(reason(job, 5)).contains("must not be negative");
        assertThat(reason(job, 6)).startsWith("malformed CSV");
        assertThat(reason(job, 7)).contains("EUR").contains("GBP");
        assertThat(job.getInt("applied")).isEqualTo(2);
        assertThat(job.getInt("progress.total")).isEqualTo(7);
        assertThat(TestDatabase.count("select count(*) from product where sku = ? and title->>'en' = 'Wool scarf, red'",
                sku)).isEqualTo(1);
        assertThat(TestDatabase.count("select count(*) from variant_price where sku = ? and amount_minor = 990", sku))
                .isEqualTo(1);
    }

    @Test
    void bad_ndjson_lines_are_reported_by_line_and_write_nothing() {
        String market = Catalog.market("IN", "EUR", List.of("en"), true);
        String sku = "NDJ-" + Catalog.unique();
        String ndjson = String.join("\n",
                "{\"sku\":\"" + sku + "\",\"title\":{\"en\":\"Fine\"},\"price\":{\"currency\":\"EUR\",\"amount\":\"5\"}}",
                "not json at all",
                "{\"type\":\"price\",\"sku\":\"" + sku + "\",\"market\":\"NOWHERE\",\"amount\":{\"currency\":\"EUR\",\"amount\":\"1\"}}",
                "{\"type\":\"price\",\"sku\":\"" + sku + "\",\"market\":\"" + market
                        + "\",\"amount\":{\"currency\":\"EUR\",\"amount\":\"-1\"}}",
                "{\"sku\":\"" + sku + "-N\",\"title\":{\"en\":\"Negative\"},\"price\":{\"currency\":\"EUR\",\"amount\":\"-5\"}}",
                "{\"sku\":\"" + sku + "-T\",\"price\":{\"currency\":\"EUR\",\"amount\":\"5\"}}",
                "{\"type\":\"price\",\"sku\":\"NO-SUCH-SKU\",\"market\":\"" + market
                        + "\",\"amount\":{\"currency\":\"EUR\",\"amount\":\"1\"}}");

        JsonPath job = Imports.awaitCompleted(Imports.submit("application/x-ndjson", ndjson));

        assertThat(lines(job)).containsExactly(2, 3, 4, 5, 6, 7);
        assertThat(reason(job, 2)).startsWith("malformed JSON");
        assertThat(reason(job, 3)).contains("NOWHERE");
        assertThat(reason(job, 4)).contains("must not be negative");
        assertThat(reason(job, 5)).contains("must not be negative");
        assertThat(reason(job, 6)).startsWith("title:");
        assertThat(reason(job, 7)).contains("NO-SUCH-SKU");
        assertThat(TestDatabase.count("select count(*) from product where sku like ?", sku + "-%")).isZero();
        assertThat(TestDatabase.count("select count(*) from variant_price where sku = ?", sku)).isZero();
    }

    @Test
    void an_empty_file_is_400_and_stores_no_job() {
        long jobs = TestDatabase.count("select count(*) from import_job");

        Imports.post("application/x-ndjson", "\n  \n").then().statusCode(400)
                .contentType("application/problem+json");

        assertThat(TestDatabase.count("select count(*) from import_job")).isEqualTo(jobs);
    }

    @Test
    void a_file_of_more_than_100000_lines_is_413_and_stores_no_job() {
        long jobs = TestDatabase.count("select count(*) from import_job");

        Imports.post("application/x-ndjson", "{}\n".repeat(100_001)).then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("https://meridian.dev/problems/payload-too-large"));

        assertThat(TestDatabase.count("select count(*) from import_job")).isEqualTo(jobs);
    }

    @Test
    void a_csv_file_without_a_usable_header_is_400() {
        Imports.post("text/csv", "id,name\n1,x\n").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void an_upload_needs_an_idempotency_key_and_a_retry_answers_the_same_job() {
        String body = "{\"sku\":\"IDK-" + Catalog.unique()
                + "\",\"title\":{\"en\":\"Keyed\"},\"price\":{\"currency\":\"EUR\",\"amount\":\"5\"}}\n";
        io.restassured.RestAssured.given().contentType("application/x-ndjson").body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/v1/admin/imports").then().statusCode(400)
                .body("type", equalTo("https://meridian.dev/problems/idempotency-key-missing"));

        long jobs = TestDatabase.count("select count(*) from import_job");
        String key = java.util.UUID.randomUUID().toString();
        String first = io.restassured.RestAssured.given().contentType("application/x-ndjson")
                .header("Idempotency-Key", key).body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)).when().post("/v1/admin/imports")
                .then().statusCode(202).extract().header("Location");
        io.restassured.RestAssured.given().contentType("application/x-ndjson").header("Idempotency-Key", key)
                .body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)).when().post("/v1/admin/imports")
                .then().statusCode(202).header("Location", first).header("Idempotent-Replayed", "true");
        assertThat(TestDatabase.count("select count(*) from import_job")).isEqualTo(jobs + 1);
    }
}
