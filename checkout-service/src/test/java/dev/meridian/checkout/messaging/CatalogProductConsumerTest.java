package dev.meridian.checkout.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meridian.checkout.support.Catalog;
import dev.meridian.platform.events.EventTypes;
import dev.meridian.platform.testing.TestDatabase;
import dev.meridian.platform.testing.TestEvent;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The sellable-variant read model follows catalog's snapshots, delivered through a real Kafka broker. */
@QuarkusTest
class CatalogProductConsumerTest {

    private static long count(String sql, Object... params) {
        return TestDatabase.count(sql, params);
    }

    private static long priceMinorInDe(String sku) {
        return count("select (o->>'priceMinor')::bigint from sellable_variant, jsonb_array_elements(offers->'items') o "
                + "where sku = ? and o->>'market' = 'DE'", sku);
    }

    @Test
    void a_snapshot_delivered_three_times_is_applied_once_with_what_checkout_needs_per_market() {
        String sku = Catalog.uniqueSku();
        Catalog.Product product = Catalog.product(sku).market("DE", "EUR", true, "49.00")
                .market("US", "USD", false, "55.00");
        TestEvent event = TestEvent.of(EventTypes.CATALOG_PRODUCT_PUBLISHED).subject(product.id().toString())
                .data(product.data());
        for (int i = 0; i < 3; i++) {
            event.publish("catalog.events");
        }
        Catalog.awaitProcessed(event.id());

        assertThat(count("select count(*) from inbox_event where event_id = ?", event.id())).isEqualTo(1);
        assertThat(count("select count(*) from sellable_variant where sku = ? and product_status = 'ACTIVE' "
                + "and tax_category = 'standard' and hs_code = '620520' and origin_country = 'PT' "
                + "and weight_grams = 400", sku)).isEqualTo(1);
        assertThat(priceMinorInDe(sku)).isEqualTo(4900);
        assertThat(count("select count(*) from sellable_variant, jsonb_array_elements(offers->'items') o where sku = ? "
                + "and o->>'market' = 'US' and o->>'currency' = 'USD' and (o->>'taxInclusive')::boolean = false", sku))
                .isEqualTo(1);
        assertThat(count("select count(*) from sales_market where code = 'DE' and currency = 'EUR' and tax_inclusive"))
                .isEqualTo(1);
    }

    @Test
    void a_newer_snapshot_changes_the_price_and_an_older_one_never_overwrites_it() {
        String sku = Catalog.uniqueSku();
        Catalog.Product product = Catalog.product(sku);
        product.version(5, Instant.parse("2026-11-26T10:00:00Z")).market("DE", "EUR", true, "39.00").publish();

        product.version(4, Instant.parse("2026-11-26T11:00:00Z")).market("DE", "EUR", true, "10.00")
                .publish(EventTypes.CATALOG_PRICE_CHANGED);
        product.version(5, Instant.parse("2026-11-26T09:59:59Z")).market("DE", "EUR", true, "11.00").publish();
        assertThat(priceMinorInDe(sku)).isEqualTo(3900);

        product.version(6, Instant.parse("2026-11-26T12:00:00Z")).market("DE", "EUR", true, "35.00")
                .publish(EventTypes.CATALOG_PRICE_CHANGED);
        assertThat(priceMinorInDe(sku)).isEqualTo(3500);
    }

    @Test
    void unpublishing_in_a_market_is_recorded_for_that_market() {
        String sku = Catalog.uniqueSku();
        Catalog.Product product = Catalog.product(sku).market("DE", "EUR", true, "20.00");
        product.publish(EventTypes.CATALOG_PRODUCT_PUBLISHED);

        product.version(2, Instant.parse("2026-11-26T09:00:00Z")).market("DE", "EUR", true, "20.00", false, "allowed")
                .publish(EventTypes.CATALOG_PRODUCT_UNPUBLISHED);

        assertThat(count("select count(*) from sellable_variant, jsonb_array_elements(offers->'items') o where sku = ? "
                + "and o->>'market' = 'DE' and not (o->>'published')::boolean", sku)).isEqualTo(1);
    }

    @Test
    void a_variant_a_newer_snapshot_no_longer_lists_is_retired() {
        String kept = Catalog.uniqueSku();
        String dropped = Catalog.uniqueSku();
        Catalog.Product product = Catalog.product(kept).variant(dropped, 300).market("DE", "EUR", true, "20.00");
        product.publish();

        product.dropVariant(dropped).version(2, Instant.parse("2026-11-26T09:00:00Z")).publish();

        assertThat(count("select count(*) from sellable_variant where sku = ? and product_status = 'ARCHIVED' "
                + "and offers->'items' = '[]'::jsonb", dropped)).isEqualTo(1);
        assertThat(count("select count(*) from sellable_variant where sku = ? and product_status = 'ACTIVE'", kept))
                .isEqualTo(1);
    }
}
