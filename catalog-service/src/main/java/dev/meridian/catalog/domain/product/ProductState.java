package dev.meridian.catalog.domain.product;

import dev.meridian.catalog.domain.market.Market;
import dev.meridian.catalog.domain.pricing.FxRates;
import dev.meridian.catalog.domain.pricing.MarketPrice;
import dev.meridian.catalog.domain.pricing.PriceResolver;
import dev.meridian.catalog.domain.pricing.ResolvedPrice;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A product with everything needed to price and show it: its markets, their FX tables, its explicit prices. */
public record ProductState(Product product, long version, Instant updatedAt, List<Publication> publications,
                           List<MarketPrice> prices, Map<String, Market> markets, Map<String, FxRates> fx) {

    public ProductState {
        publications = List.copyOf(publications);
        prices = List.copyOf(prices);
        markets = Map.copyOf(markets);
        fx = Map.copyOf(fx);
    }

    public Optional<Publication> publication(String market) {
        return publications.stream().filter(p -> p.market().equals(market)).findFirst();
    }

    /** Shoppers of the market can see the product: it is active, published there and not blocked. */
    public boolean visibleIn(String market) {
        return product.status() == ProductStatus.ACTIVE && publication(market).filter(Publication::visible).isPresent();
    }

    public MarketPrice explicit(String sku, String market) {
        return prices.stream().filter(p -> p.sku().equals(sku) && p.market().equals(market)).findFirst().orElse(null);
    }

    public Optional<ResolvedPrice> price(Variant variant, Market market, Instant now) {
        return PriceResolver.resolve(variant.basePrice(), explicit(variant.sku(), market.code()), market,
                fx.getOrDefault(market.currency().getCurrencyCode(), FxRates.none()), now);
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

    /** The state with this market's publication replaced (or added). */
    public ProductState withPublication(Publication next) {
        List<Publication> out = new ArrayList<>(publications.stream()
                .filter(p -> !p.market().equals(next.market())).toList());
        out.add(next);
        return new ProductState(product, version, updatedAt, out, prices, markets, fx);
    }

    /** The state with the explicit price of this variant in this market replaced (or added). */
    public ProductState withPrice(MarketPrice price) {
        List<MarketPrice> out = new ArrayList<>(prices.stream()
                .filter(p -> !(p.sku().equals(price.sku()) && p.market().equals(price.market()))).toList());
        out.add(price);
        return new ProductState(product, version, updatedAt, publications, out, markets, fx);
    }
}
