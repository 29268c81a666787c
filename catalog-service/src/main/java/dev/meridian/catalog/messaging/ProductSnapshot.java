package dev.meridian.catalog.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.meridian.catalog.domain.Dimensions;
import dev.meridian.platform.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code data} of product.published/updated/unpublished and price.changed (schema:
 * docs/events/catalog/product.snapshot.v1.json): the whole product with its prices as they stand in each market,
 * enough for checkout's read model without calling catalog.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProductSnapshot(UUID id, String sku, String status, long version, Map<String, String> title,
                              Map<String, String> description, Map<String, String> handle, String brand,
                              UUID categoryId, List<String> categoryIds, String taxCategory, String hsCode,
                              String originCountry, List<String> certifications, List<VariantData> variants,
                              List<MarketData> markets, Instant updatedAt) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VariantData(String sku, String gtin, Map<String, String> options, Money basePrice,
                              Integer weightGrams, Dimensions dimensions) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MarketData(String market, boolean published, boolean visible, String complianceStatus,
                             String currency, boolean taxInclusive, List<PriceData> prices) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PriceData(String sku, Money amount, Money compareAt, String source, SaleData sale) {
    }

    public record SaleData(Money amount, Instant from, Instant until) {
    }
}
