package dev.meridian.fulfillment.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.meridian.fulfillment.support.Stock;
import dev.meridian.platform.events.EventTypes;
import dev.meridian.platform.testing.TestEvent;
import dev.meridian.platform.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** SKUs follow catalog's product snapshots, delivered through a real Kafka broker. */
@QuarkusTest
class CatalogProductConsumerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A product snapshot event with one variant. Consumer contract: {@link TestEvent} checks the data against
     * catalog's schema (docs/events/catalog/product.snapshot.v1.json) before it is published, so a fixture catalog
     * could never send fails here instead of passing.
     */
    private static TestEvent snapshot(String eventId, String type, String productId, String sku, long version,
                                      String updatedAt, int weightGrams) throws Exception {
        JsonNode data = JSON.readTree("""
                {"id":"%s","sku":"%s","status":"ACTIVE","version":%d,
                 "title":{"en":"Linen shirt","de":"Leinenhemd"},"handle":{"en":"linen-shirt"},
                 "categoryIds":[],"certifications":[],"hsCode":"620520","originCountry":"PT",
                 "variants":[{"sku":"%s","options":{"size":"M"},
                              "basePrice":{"currency":"EUR","amount":"49.00"},"weightGrams":%d}],
                 "markets":[],"updatedAt":"%s"}""".formatted(productId, sku, version, sku, weightGrams, updatedAt));
        return TestEvent.of(type).id(eventId).subject(productId).time(Instant.parse(updatedAt)).data(data);
    }

    /** Keyed by product id (the subject), as catalog publishes. */
    private static void send(String productId, TestEvent event) {
        event.subject(productId).publish("catalog.events");
    }

    private static void awaitProcessed(String eventId) {
        await().atMost(Duration.ofSeconds(60)).until(() -> TestDatabase.count(
                "select count(*) from inbox_event where consumer = ? and event_id = ?",
                CatalogProductConsumer.CONSUMER, eventId) == 1);
    }

    private static long weight(String sku) {
        return TestDatabase.count("select coalesce(sum(weight_grams), 0) from sku where sku = ?", sku);
    }

    @Test
    void the_same_event_delivered_three_times_registers_the_sku_once_and_a_later_update_changes_its_weight()
            throws Exception {
        String product = UUID.randomUUID().toString();
        String sku = Stock.uniqueSku();
        String published = UUID.randomUUID().toString();
        TestEvent event = snapshot(published, EventTypes.CATALOG_PRODUCT_PUBLISHED, product, sku, 1, "2026-11-26T08:00:00Z", 400);

        for (int i = 0; i < 3; i++) {
            send(product, event);
        }
        awaitProcessed(published);

        assertThat(TestDatabase.count("select count(*) from sku where sku = ?", sku)).isEqualTo(1);
        assertThat(TestDatabase.count("select count(*) from inbox_event where event_id = ?", published))
                .isEqualTo(1);
        assertThat(weight(sku)).isEqualTo(400);
        assertThat(TestDatabase.count("select count(*) from sku where sku = ? and hs_code = '620520' "
                + "and origin_country = 'PT' and description = 'Linen shirt (M)'", sku)).isEqualTo(1);

        String updated = UUID.randomUUID().toString();
        send(product, snapshot(updated, EventTypes.CATALOG_PRODUCT_UPDATED, product, sku, 2, "2026-11-26T09:00:00Z", 900));
        awaitProcessed(updated);

        assertThat(weight(sku)).isEqualTo(900);
    }

    @Test
    void an_older_snapshot_never_overwrites_a_newer_one() throws Exception {
        String product = UUID.randomUUID().toString();
        String sku = Stock.uniqueSku();
        String newer = UUID.randomUUID().toString();
        send(product, snapshot(newer, EventTypes.CATALOG_PRODUCT_UPDATED, product, sku, 5, "2026-11-26T10:00:00Z", 700));
        awaitProcessed(newer);

        String olderVersion = UUID.randomUUID().toString();
        send(product, snapshot(olderVersion, EventTypes.CATALOG_PRODUCT_UPDATED, product, sku, 4, "2026-11-26T11:00:00Z", 100));
        String olderTime = UUID.randomUUID().toString();
        send(product, snapshot(olderTime, EventTypes.CATALOG_PRODUCT_PUBLISHED, product, sku, 5, "2026-11-26T09:59:59Z", 200));
        awaitProcessed(olderVersion);
        awaitProcessed(olderTime);

        assertThat(weight(sku)).isEqualTo(700);
    }
}
