package dev.meridian.catalog.api;

import dev.meridian.catalog.domain.FxRates;
import dev.meridian.catalog.domain.Market;
import dev.meridian.catalog.domain.MarketPrice;
import dev.meridian.catalog.domain.Product;
import dev.meridian.catalog.domain.PriceResolver;
import dev.meridian.catalog.domain.ResolvedPrice;
import dev.meridian.catalog.domain.Variant;
import dev.meridian.catalog.persistence.PublicationStore.Publication;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A product with everything needed to price and show it: its markets, their FX tables, its explicit prices. */
public record ProductState(Product product, long version, Instant updatedAt, List<Publication> publications,
                           List<MarketPrice> prices, Map<String, Market> markets, Map<String, FxRates> fx) {

    public Optional<Publication> publication(String market) {
        return publications.stream().filter(p -> p.market().equals(market)).findFirst();
    }

    public MarketPrice explicit(String sku, String market) {
        return prices.stream().filter(p -> p.sku().equals(sku) && p.market().equals(market)).findFirst().orElse(null);
    }

    public Optional<ResolvedPrice> price(Variant variant, Market market, Instant now) {
        return PriceResolver.resolve(variant.basePrice(), explicit(variant.sku(), market.code()), market,
                fx.getOrDefault(market.currency().getCurrencyCode(), dev.meridian.catalog.domain.FxRates.none()), now);
    }

    /** The lowest regular price of the product in a market (list filters and sorting use it). */
    public Long listingPrice(Market market, Instant now) {
        List<Long> amounts = new ArrayList<>();
        for (Variant v : product.variants()) {
            price(v, market, now).ifPresent(p -> amounts.add(
                    p.onSale() && p.compareAt() != null ? p.compareAt().minorUnits() : p.amount().minorUnits()));
        }
        return amounts.stream().min(Long::compare).orElse(null);
    }

    public ProductState with(List<Publication> publications, List<MarketPrice> prices) {
        return new ProductState(product, version, updatedAt, publications, prices, markets, fx);
    }
}
