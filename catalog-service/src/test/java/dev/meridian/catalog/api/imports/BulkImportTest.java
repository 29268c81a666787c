package dev.meridian.catalog.api.imports;

import static org.assertj.core.api.Assertions.assertThat;

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
class BulkImportTest {

    private static final String NDJSON = "application/x-ndjson";

    /**
     * 10,000 lines: products, and on every tenth line a price for the product of the line before. Line 1234 is not
     * JSON, line 5000 prices in a market that does not exist, line 7777 has a negative price.
     */
    private static String tenThousandLines(String prefix, String market) {
        StringBuilder file = new StringBuilder();
        for (int i = 1; i <= 10_000; i++) {
            if (i == 1234) {
                file.append("{\"sku\": \"").append(prefix).append(i).append("\", \"title\": ");
            } else if (i % 10 == 0) {
                file.append("{\"type\":\"price\",\"sku\":\"").append(prefix).append(i - 1).append("\",\"market\":\"")
                        .append(i == 5000 ? "NOWHERE" : market)
                        .append("\",\"amount\":{\"currency\":\"EUR\",\"amount\":\"10.00\"}}");
            } else {
                file.append("{\"sku\":\"").append(prefix).append(i).append("\",\"title\":{\"en\":\"Imported ")
                        .append(i).append("\"},\"price\":{\"currency\":\"EUR\",\"amount\":\"")
                        .append(i == 7777 ? "-1.00" : "12.50").append("\"},\"status\":\"ACTIVE\"}");
            }
            file.append('\n');
        }
        return file.toString();
    }

    @Test
    void a_ten_thousand_line_file_with_three_bad_lines_applies_the_rest_and_reimporting_it_changes_nothing()
            throws Exception {
        String market = Catalog.market("IM", "EUR", List.of("en"), true);
        String prefix = "IMP-" + Catalog.unique() + "-";
        String file = tenThousandLines(prefix, market);

        JsonPath first = Imports.awaitCompleted(Imports.submit(NDJSON, file));

        assertThat(first.getInt("applied")).isEqualTo(9_997);
        assertThat(first.getInt("failed")).isEqualTo(3);
        assertThat(first.getInt("progress.done")).isEqualTo(10_000);
        assertThat(first.getInt("progress.percent")).isEqualTo(100);
        List<Map<String, Object>> errors = first.getList("errors");
        assertThat(errors).extracting(e -> e.get("line")).containsExactly(1234, 5000, 7777);
        assertThat((String) errors.get(0).get("reason")).startsWith("malformed JSON");
        assertThat((String) errors.get(1).get("reason")).contains("market").contains("NOWHERE");
        assertThat((String) errors.get(2).get("reason")).contains("price").contains("must not be negative");
        assertThat(TestDatabase.count("select count(*) from product where sku like ?", prefix + "%")).isEqualTo(8_998);
        assertThat(TestDatabase.count("select count(*) from variant_price where sku like ?", prefix + "%"))
                .isEqualTo(999);

        String productVersions = rowVersions("product", prefix);
        String priceVersions = rowVersions("variant_price", prefix);
        long events = TestDatabase.count("select count(*) from outbox_event");

        JsonPath again = Imports.awaitCompleted(Imports.submit(NDJSON, file));

        assertThat(again.getInt("applied")).isZero();
        assertThat(again.getInt("unchanged")).isEqualTo(9_997);
        assertThat(again.getList("errors")).extracting("line").containsExactly(1234, 5000, 7777);
        assertThat(rowVersions("product", prefix)).isEqualTo(productVersions);
        assertThat(rowVersions("variant_price", prefix)).isEqualTo(priceVersions);
        assertThat(TestDatabase.count("select count(*) from outbox_event")).isEqualTo(events);
    }

    /** Every row's transaction id of last change: any update would change it. */
    private static String rowVersions(String table, String prefix) throws Exception {
        return Imports.text("select string_agg(sku || ':' || xmin::text, ',' order by sku) from " + table
                + " where sku like ?", prefix + "%");
    }

    @Test
    void progress_is_visible_while_a_job_runs() {
        String prefix = "PRG-" + Catalog.unique() + "-";
        StringBuilder file = new StringBuilder();
        int total = 1_500;
        for (int i = 0; i < total; i++) {
            file.append("{\"sku\":\"").append(prefix).append(i)
                    .append("\",\"title\":{\"en\":\"Progress\"},\"price\":{\"currency\":\"EUR\",\"amount\":\"5.00\"}}\n");
        }
        String location = Imports.submit(NDJSON, file.toString());

        JsonPath midway = null;
        long deadline = System.currentTimeMillis() + 120_000;
        while (midway == null && System.currentTimeMillis() < deadline) {
            JsonPath job = Imports.job(location);
            int done = job.getInt("progress.done");
            if ("running".equals(job.getString("status")) && done > 0 && done < total) {
                midway = job;
            }
            if ("completed".equals(job.getString("status"))) {
                break;
            }
        }

        assertThat(midway).as("an observation between the first and the last line").isNotNull();
        assertThat(midway.getInt("progress.total")).isEqualTo(total);
        assertThat(midway.getInt("progress.percent"))
                .isEqualTo(midway.getInt("progress.done") * 100 / total).isBetween(0, 99);
        assertThat(Imports.awaitCompleted(location).getInt("applied")).isEqualTo(total);
    }

    @Test
    void a_job_left_running_by_a_crashed_instance_resumes_after_its_last_committed_line() {
        String prefix = "RES-" + Catalog.unique() + "-";
        String payload = java.util.stream.IntStream.rangeClosed(1, 3).mapToObj(i -> "{\"sku\":\"" + prefix + i
                + "\",\"title\":{\"en\":\"Resumed\"},\"price\":{\"currency\":\"EUR\",\"amount\":\"5.00\"}}")
                .reduce((a, b) -> a + "\n" + b).orElseThrow();
        java.util.UUID id = java.util.UUID.randomUUID();
        // As a dead instance leaves it: line 1 committed (its cursor says so), no heartbeat for an hour.
        TestDatabase.execute("""
                insert into import_job (id, format, status, total_lines, done_lines, applied, payload, created_at,
                  started_at, heartbeat_at, attempts)
                values (?, 'NDJSON', 'running', 3, 1, 1, ?, now(), now() - interval '1 hour', now() - interval '1 hour', 1)""",
                id, payload);

        JsonPath job = Imports.awaitCompleted("/v1/admin/imports/" + id);

        assertThat(job.getInt("applied")).isEqualTo(3);
        assertThat(TestDatabase.count("select count(*) from product where sku = ?", prefix + 1)).isZero();
        assertThat(TestDatabase.count("select count(*) from product where sku in (?, ?)", prefix + 2, prefix + 3))
                .isEqualTo(2);
    }
}
