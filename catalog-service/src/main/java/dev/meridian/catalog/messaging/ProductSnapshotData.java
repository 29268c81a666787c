package dev.meridian.catalog.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.meridian.catalog.domain.market.Market;
import dev.meridian.catalog.domain.pricing.MarketPrice;
import dev.meridian.catalog.domain.product.Dimensions;
import dev.meridian.catalog.domain.product.Product;
import dev.meridian.catalog.domain.product.ProductDetails;
import dev.meridian.catalog.domain.product.ProductState;
import dev.meridian.catalog.domain.product.Publication;
import dev.meridian.catalog.domain.product.Variant;
import dev.meridian.platform.money.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * {@code data} of product.published/updated/unpublished and price.changed (schema:
 * docs/events/catalog/product.snapshot.v1.json): the whole product with its prices as they stand in each market,
 * enough for checkout's read model without calling catalog.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProductSnapshotData(UUID id, String sku, String status, long version, Map<String, String> title,
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

    /** The snapshot of a product's state: each market's prices as they stand at {@code now}. */
    public static ProductSnapshotData of(ProductState state, Instant now) {
        Product p = state.product();
        List<MarketData> markets = new ArrayList<>();
        for (Publication pub : state.publications()) {
            Market market = state.markets().get(pub.market());
            if (market == null) {
                continue;
            }
            List<PriceData> prices = new ArrayList<>();
            for (Variant v : p.variants()) {
                MarketPrice explicit = state.explicit(v.sku(), market.code());
                state.price(v, market, now).ifPresent(r -> prices.add(new PriceData(v.sku(),
                        explicit != null ? explicit.amount() : r.amount(),
                        explicit != null ? explicit.compareAt() : r.compareAt(),
                        r.source().name().toLowerCase(Locale.ROOT),
                        explicit != null && explicit.sale() != null
                                ? new SaleData(explicit.sale(), explicit.saleFrom(), explicit.saleUntil())
                                : null)));
            }
            markets.add(new MarketData(market.code(), pub.published(), pub.visible(), pub.complianceStatus(),
                    market.currency().getCurrencyCode(), market.taxInclusive(), prices));
        }
        ProductDetails d = p.details();
        return new ProductSnapshotData(p.id(), p.sku(), p.status().name(), state.version(), p.title().values(),
                d.description(), d.handle(), d.brand(), d.categoryId(),
                d.categoryId() == null ? List.of() : List.of(d.categoryId().toString()),
                d.taxCategory(), d.hsCode(), d.originCountry(), d.certifications().stream().sorted().toList(),
                p.variants().stream().map(v -> new VariantData(v.sku(), v.gtin(), v.options(), v.basePrice(),
                        v.weightGrams(), v.dimensions())).toList(),
                markets, state.updatedAt());
    }
}
