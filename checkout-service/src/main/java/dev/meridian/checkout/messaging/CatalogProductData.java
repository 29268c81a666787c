package dev.meridian.checkout.messaging;

import dev.meridian.platform.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What checkout reads from catalog's product snapshot (docs/events/catalog/product.snapshot.v1.json); other fields
 * are ignored. {@code version} and {@code updatedAt} order snapshots of the same product.
 */
public record CatalogProductData(UUID id, String status, long version, Map<String, String> title, String brand,
                                 UUID categoryId, List<String> categoryIds, String taxCategory, String hsCode,
                                 String originCountry, List<Variant> variants, List<MarketData> markets,
                                 Instant updatedAt) {

    public record Variant(String sku, Map<String, String> options, Money basePrice, Integer weightGrams) {
    }

    public record MarketData(String market, boolean published, boolean visible, String complianceStatus,
                             String currency, boolean taxInclusive, List<PriceData> prices) {
    }

    public record PriceData(String sku, Money amount, Money compareAt, String source, SaleData sale) {
    }

    public record SaleData(Money amount, Instant from, Instant until) {
    }
}
