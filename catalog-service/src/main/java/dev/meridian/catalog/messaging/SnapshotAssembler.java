package dev.meridian.catalog.messaging;

import dev.meridian.catalog.api.ProductState;
import dev.meridian.catalog.domain.Market;
import dev.meridian.catalog.domain.MarketPrice;
import dev.meridian.catalog.domain.Product;
import dev.meridian.catalog.domain.Variant;
import dev.meridian.catalog.persistence.PublicationStore.Publication;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds the full-snapshot payload of product events from a product's state. */
public final class SnapshotAssembler {

    private SnapshotAssembler() {
    }

    public static ProductSnapshot of(ProductState state, Instant now) {
        Product p = state.product();
        List<ProductSnapshot.MarketData> markets = new ArrayList<>();
        for (Publication pub : state.publications()) {
            Market market = state.markets().get(pub.market());
            if (market == null) {
                continue;
            }
            List<ProductSnapshot.PriceData> prices = new ArrayList<>();
            for (Variant v : p.variants()) {
                MarketPrice explicit = state.explicit(v.sku(), market.code());
                state.price(v, market, now).ifPresent(r -> prices.add(new ProductSnapshot.PriceData(v.sku(),
                        explicit != null ? explicit.amount() : r.amount(),
                        explicit != null ? explicit.compareAt() : r.compareAt(),
                        r.source().name().toLowerCase(java.util.Locale.ROOT),
                        explicit != null && explicit.sale() != null
                                ? new ProductSnapshot.SaleData(explicit.sale(), explicit.saleFrom(), explicit.saleUntil())
                                : null)));
            }
            markets.add(new ProductSnapshot.MarketData(market.code(), pub.published(), pub.visible(),
                    pub.complianceStatus(), market.currency().getCurrencyCode(), market.taxInclusive(), prices));
        }
        return new ProductSnapshot(p.id(), p.sku(), p.status().name(), state.version(), p.title().values(),
                p.details().description(), p.details().handle(), p.details().brand(), p.details().categoryId(),
                p.details().categoryId() == null ? List.of() : List.of(p.details().categoryId().toString()),
                p.details().taxCategory(), p.details().hsCode(), p.details().originCountry(),
                p.details().certifications().stream().sorted().toList(),
                p.variants().stream().map(v -> new ProductSnapshot.VariantData(v.sku(), v.gtin(), v.options(),
                        v.basePrice(), v.weightGrams(), v.dimensions())).toList(),
                markets, state.updatedAt());
    }
}
