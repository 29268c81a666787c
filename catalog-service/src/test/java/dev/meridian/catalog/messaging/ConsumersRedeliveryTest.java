package dev.meridian.catalog.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.meridian.catalog.support.Catalog;
import dev.meridian.catalog.support.Products;
import dev.meridian.platform.events.EventTypes;
import dev.meridian.platform.testing.TestDatabase;
import dev.meridian.platform.testing.TestEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Compliance and fulfillment events arrive through real Kafka; each is applied once however often it is delivered. */
@QuarkusTest
@TestSecurity(user = "editor", roles = "catalog-editor")
class ConsumersRedeliveryTest {

    /** Three deliveries of one event, each checked against the producer's schema first (a consumer contract test). */
    private static void deliverThreeTimes(TestEvent event, String topic) {
        for (int i = 0; i < 3; i++) {
            event.publish(topic);
        }
    }

    @Test
    void a_compliance_block_delivered_three_times_hides_the_product_in_that_market_once() {
        String eu = Catalog.market("EU", "EUR", List.of("en"), true);
        String uk = Catalog.market("UK", "EUR", List.of("en"), true);
        String sku = Products.uniqueSku();
        String u = Catalog.unique();
        String id = Catalog.create(Catalog.product(sku, Map.of("en", "Laser pointer"), Map.of("en", "laser-" + u)));
        Catalog.publish(id, eu, true);
        Catalog.publish(id, uk, true);
        given().when().get("/v1/markets/" + uk + "/products/laser-" + u).then().statusCode(200);

        TestEvent blocked = TestEvent.of(EventTypes.COMPLIANCE_PRODUCT_MARKET_STATUS).subject(id).data(Map.of(
                "productId", id, "sku", sku, "evaluatedAt", Instant.now().toString(),
                "markets", List.of(Map.of("market", uk, "status", "blocked", "reasons", List.of("UKCA marking missing"),
                        "warnings", List.of(), "rules", List.of()))));
        String eventId = blocked.id();
        deliverThreeTimes(blocked, "compliance.events");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().when().get("/v1/markets/" + uk + "/products/laser-" + u).then().statusCode(404));
        given().when().get("/v1/markets/" + eu + "/products/laser-" + u).then().statusCode(200);
        given().when().get("/v1/markets/" + uk + "/products").then().body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(id)));
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(TestDatabase.count("select count(*) from inbox_event where event_id = ? and consumer = ?", eventId,
                ComplianceStatusConsumer.CONSUMER)).isEqualTo(1);
    }

    @Test
    void a_stock_event_delivered_three_times_is_applied_once_and_drives_availability() {
        String eu = Catalog.market("EU", "EUR", List.of("en"), true);
        String sku = Products.uniqueSku();
        String u = Catalog.unique();
        String id = Catalog.create(Catalog.product(sku, Map.of("en", "Socks"), Map.of("en", "socks-" + u)));
        Catalog.publish(id, eu, true);
        given().when().get("/v1/markets/" + eu + "/products/socks-" + u).then().body("availability", org.hamcrest.Matchers.equalTo("out"));

        TestEvent stock = TestEvent.of(EventTypes.FULFILLMENT_STOCK_CHANGED).subject(sku).data(Map.of(
                "sku", sku, "location", "WH-DE", "onHand", 3, "reserved", 0, "available", 3, "reason", "feed",
                "changedAt", Instant.now().toString()));
        String eventId = stock.id();
        deliverThreeTimes(stock, "fulfillment.events");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().when().get("/v1/markets/" + eu + "/products/socks-" + u).then().body("availability",
                        org.hamcrest.Matchers.equalTo("low")));
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(TestDatabase.count("select count(*) from inbox_event where event_id = ? and consumer = ?", eventId,
                StockConsumer.CONSUMER)).isEqualTo(1);
        assertThat(TestDatabase.count("select available from stock_level where sku = ?", sku)).isEqualTo(3);
    }
}
