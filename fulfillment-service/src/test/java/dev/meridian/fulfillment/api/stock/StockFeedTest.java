package dev.meridian.fulfillment.api.stock;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.meridian.fulfillment.support.Keys;
import dev.meridian.fulfillment.support.Stock;
import dev.meridian.platform.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "erp", roles = {"integration", "merchant-admin"})
class StockFeedTest {

    private static Response submit(String ndjson) {
        return submit(Keys.newKey(), ndjson);
    }

    private static Response submit(String key, String ndjson) {
        return given().config(io.restassured.RestAssured.config().encoderConfig(io.restassured.config.EncoderConfig
                        .encoderConfig().encodeContentTypeAs("application/x-ndjson", io.restassured.http.ContentType.TEXT)))
                .contentType("application/x-ndjson").header(Keys.HEADER, key).body(ndjson)
                .when().post("/v1/admin/stock/feeds");
    }

    private static String line(String sku, String location, long onHand, long sequence) {
        return "{\"sku\":\"" + sku + "\",\"location\":\"" + location + "\",\"onHand\":" + onHand + ",\"sequence\":"
                + sequence + "}\n";
    }

    private static void awaitDone(String jobId) {
        await().atMost(Duration.ofSeconds(60)).until(() -> "DONE".equals(
                given().when().get("/v1/admin/stock/feeds/" + jobId).then().statusCode(200).extract().path("status")));
    }

    @Test
    void a_feed_is_applied_asynchronously_with_progress() {
        String a = Stock.skuWith(Stock.ORIGIN, 1);
        String b = Stock.skuWith(Stock.ORIGIN, 1);

        String job = submit(line(a, Stock.ORIGIN, 40, 1) + line(b, Stock.WH_DE, 7, 1)).then().statusCode(202)
                .body("total", equalTo(2)).extract().path("id");
        awaitDone(job);

        given().when().get("/v1/admin/stock/feeds/" + job).then().body("processed", equalTo(2))
                .body("applied", equalTo(2));
        assertThat(Stock.onHand(a, Stock.ORIGIN)).isEqualTo(40);
        assertThat(Stock.onHand(b, Stock.WH_DE)).isEqualTo(7);
    }

    @Test
    void an_older_feed_line_never_overwrites_a_newer_level() {
        String sku = Stock.skuWith(Stock.ORIGIN, 1);
        awaitDone(submit(line(sku, Stock.ORIGIN, 50, 10)).then().statusCode(202).extract().path("id"));

        String late = submit(line(sku, Stock.ORIGIN, 3, 9)).then().statusCode(202).extract().path("id");
        awaitDone(late);

        assertThat(Stock.onHand(sku, Stock.ORIGIN)).isEqualTo(50);
        given().when().get("/v1/admin/stock/feeds/" + late).then().body("skippedStale", equalTo(1))
                .body("applied", equalTo(0));
    }

    @Test
    void within_one_feed_the_newest_line_wins_whatever_the_order() {
        String sku = Stock.skuWith(Stock.ORIGIN, 1);
        awaitDone(submit(line(sku, Stock.ORIGIN, 30, 20) + line(sku, Stock.ORIGIN, 5, 19)).then().statusCode(202)
                .extract().path("id"));

        assertThat(Stock.onHand(sku, Stock.ORIGIN)).isEqualTo(30);
    }

    @Test
    void a_retry_with_the_same_key_answers_the_same_job_and_stores_one() {
        String sku = Stock.skuWith(Stock.ORIGIN, 1);
        long jobsBefore = TestDatabase.count("select count(*) from stock_feed_job");
        String key = Keys.newKey();
        String feed = line(sku, Stock.ORIGIN, 12, 1);
        String job = submit(key, feed).then().statusCode(202).extract().path("id");

        submit(key, feed).then().statusCode(202).header("Idempotent-Replayed", "true").body("id", equalTo(job));

        awaitDone(job);
        assertThat(TestDatabase.count("select count(*) from stock_feed_job")).isEqualTo(jobsBefore + 1);
        assertThat(Stock.onHand(sku, Stock.ORIGIN)).isEqualTo(12);
    }

    /**
     * A job stored before this feed whose second line can never be applied (its SKU is unknown to the stock table:
     * written past the API's validation, as a schema change or a bug could leave it).
     */
    private static String poisonedJobBefore(String goodSku) {
        String id = java.util.UUID.randomUUID().toString();
        TestDatabase.execute("""
                insert into stock_feed_job (id, status, total, lines, created_at)
                values (cast(? as uuid), 'PENDING', 2, cast(? as jsonb), now() - interval '1 hour')""", id,
                "{\"items\":[{\"sku\":\"" + goodSku + "\",\"location\":\"ORIGIN-PT\",\"onHand\":3,\"version\":1},"
                        + "{\"sku\":\"NO-SUCH-SKU\",\"location\":\"ORIGIN-PT\",\"onHand\":3,\"version\":1}]}");
        return id;
    }

    @Test
    void a_chunk_that_keeps_failing_marks_its_feed_failed_naming_the_line_and_later_feeds_still_run() {
        String poisoned = poisonedJobBefore(Stock.skuWith(Stock.ORIGIN, 1));
        String sku = Stock.skuWith(Stock.ORIGIN, 1);

        String later = submit(line(sku, Stock.ORIGIN, 21, 1)).then().statusCode(202).extract().path("id");

        awaitDone(later);
        given().when().get("/v1/admin/stock/feeds/" + poisoned).then().statusCode(200)
                .body("status", equalTo("FAILED")).body("failedLine", equalTo(2))
                .body("error", containsString("line 2")).body("error", containsString("NO-SUCH-SKU"));
        assertThat(Stock.onHand(sku, Stock.ORIGIN)).isEqualTo(21);
    }

    @Test
    void a_malformed_line_rejects_the_whole_feed_and_changes_nothing() {
        String sku = Stock.skuWith(Stock.ORIGIN, 4);
        long jobsBefore = TestDatabase.count("select count(*) from stock_feed_job");

        submit(line(sku, Stock.ORIGIN, 99, 1) + "{\"sku\":\"" + sku + "\",\"location\":\"ORIGIN-PT\",\"onHand\":-1,"
                + "\"sequence\":2}\nnot json\n").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("lines[2].onHand")).body("errors.field", hasItem("lines[3]"));

        assertThat(TestDatabase.count("select count(*) from stock_feed_job")).isEqualTo(jobsBefore);
        assertThat(Stock.onHand(sku, Stock.ORIGIN)).isEqualTo(4);
    }

    @Test
    void a_feed_naming_an_unknown_sku_or_location_is_refused() {
        String sku = Stock.skuWith(Stock.ORIGIN, 4);

        submit(line("NO-SUCH-SKU", Stock.ORIGIN, 1, 1) + line(sku, "NOWHERE", 1, 1)).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("lines[1].sku")).body("errors.field", hasItem("lines[2].location"));

        assertThat(Stock.onHand(sku, Stock.ORIGIN)).isEqualTo(4);
    }
}
