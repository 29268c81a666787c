package dev.meridian.catalog.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.meridian.catalog.support.Catalog;
import dev.meridian.catalog.support.Products;
import dev.meridian.platform.testing.KafkaEvents;
import dev.meridian.platform.testing.KafkaTestResource;
import dev.meridian.platform.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Compliance and fulfillment events arrive through real Kafka; each is applied once however often it is delivered. */
@QuarkusTest
@TestSecurity(user = "editor", roles = "catalog-editor")
class ConsumersRedeliveryTest {

    private static void send(String topic, String key, String event, int times) {
        for (int i = 0; i < times; i++) {
            KafkaEvents.publish(KafkaTestResource.broker().bootstrapServers(), topic, key, event);
        }
    }

    private static String envelope(String id, String type, String subject, String data) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"source\":\"/test\",\"type\":\"" + type + "\",\"subject\":\""
                + subject + "\",\"time\":\"" + Instant.now() + "\",\"datacontenttype\":\"application/json\",\"data\":" + data + "}";
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

        String eventId = UUID.randomUUID().toString();
        String data = "{\"productId\":\"" + id + "\",\"sku\":\"" + sku + "\",\"evaluatedAt\":\"" + Instant.now() + "\","
                + "\"markets\":[{\"market\":\"" + uk + "\",\"status\":\"blocked\",\"reasons\":[\"UKCA marking missing\"],"
                + "\"warnings\":[],\"rules\":[]}]}";
        send("compliance.events", id, envelope(eventId, ComplianceStatusConsumer.TYPE, id, data), 3);

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

        String eventId = UUID.randomUUID().toString();
        String data = "{\"sku\":\"" + sku + "\",\"location\":\"WH-DE\",\"onHand\":3,\"reserved\":0,\"available\":3,"
                + "\"reason\":\"feed\",\"changedAt\":\"" + Instant.now() + "\"}";
        send("fulfillment.events", sku, envelope(eventId, StockConsumer.TYPE, sku, data), 3);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().when().get("/v1/markets/" + eu + "/products/socks-" + u).then().body("availability",
                        org.hamcrest.Matchers.equalTo("low")));
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(TestDatabase.count("select count(*) from inbox_event where event_id = ? and consumer = ?", eventId,
                StockConsumer.CONSUMER)).isEqualTo(1);
        assertThat(TestDatabase.count("select available from stock_level where sku = ?", sku)).isEqualTo(3);
    }
}
