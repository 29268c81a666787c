package dev.meridian.catalog.api.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.meridian.catalog.support.Catalog;
import dev.meridian.platform.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** One bad line or one broken job never blocks the imports submitted after it (issue 9, item 15). */
@QuarkusTest
@TestSecurity(user = "editor", roles = "catalog-editor")
class ImportFailuresTest {

    private static String product(String sku) {
        return "{\"sku\":\"" + sku + "\",\"title\":{\"en\":\"Fine\"},\"price\":{\"currency\":\"EUR\",\"amount\":\"5.00\"}}";
    }

    private static JsonPath awaitStatus(String location, String status) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .until(() -> status.equals(Imports.job(location).getString("status")));
        return Imports.job(location);
    }

    private static String reason(JsonPath job, int line) {
        return job.getList("errors", Map.class).stream().filter(e -> ((Integer) e.get("line")) == line)
                .map(e -> (String) e.get("reason")).findFirst().orElseThrow();
    }

    @Test
    void an_amount_with_a_huge_exponent_is_a_line_error_and_the_next_import_runs() {
        String market = Catalog.market("IX", "EUR", List.of("en"), true);
        String sku = "EXP-" + Catalog.unique();
        String bad = String.join("\n", product(sku),
                "{\"type\":\"price\",\"sku\":\"" + sku + "\",\"market\":\"" + market
                        + "\",\"amount\":{\"currency\":\"EUR\",\"amount\":\"1e-999999999\"}}",
                "sku,amount") + "\n";
        String first = Imports.submit("application/x-ndjson", bad);
        String next = Imports.submit("application/x-ndjson", product("NEXT-" + Catalog.unique()) + "\n");

        assertThat(awaitStatus(next, "completed").getInt("applied")).isEqualTo(1);
        JsonPath job = awaitStatus(first, "completed");
        assertThat(job.getList("errors.line")).containsExactly(2, 3);
        assertThat(reason(job, 2)).startsWith("amount.amount:").contains("not a decimal string");
    }

    @Test
    void a_line_that_breaks_the_reader_unexpectedly_is_a_line_error_and_the_job_completes() {
        String sku = "BRK-" + Catalog.unique();
        String file = String.join("\n", product(sku + "-1"), ExplodingLineReader.EXPLODES, product(sku + "-2")) + "\n";

        JsonPath job = awaitStatus(Imports.submit("application/x-ndjson", file), "completed");

        assertThat(job.getInt("applied")).isEqualTo(2);
        assertThat(job.getList("errors.line")).containsExactly(2);
        assertThat(reason(job, 2)).startsWith("unexpected error");
    }

    @Test
    void a_job_that_keeps_failing_is_marked_failed_with_its_reason_and_later_imports_still_run() {
        UUID broken = UUID.randomUUID();
        // A job no worker can run (its format is unknown), older than anything submitted after it.
        TestDatabase.execute("""
                insert into import_job (id, format, status, total_lines, payload, created_at)
                values (?, 'XML', 'queued', 1, '<products/>', now() - interval '1 minute')""", broken);

        String next = Imports.submit("application/x-ndjson", product("AFTER-" + Catalog.unique()) + "\n");

        assertThat(awaitStatus(next, "completed").getInt("applied")).isEqualTo(1);
        JsonPath failed = awaitStatus("/v1/admin/imports/" + broken, "failed");
        assertThat(failed.getString("failureReason")).contains("XML");
        assertThat(failed.getString("finishedAt")).isNotNull();
    }
}
