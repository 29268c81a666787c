package dev.meridian.catalog.domain.pricing;

import dev.meridian.catalog.domain.market.Market;
import dev.meridian.platform.money.Money;
import java.time.Instant;
import java.util.Optional;

/**
 * Prices a variant in a market: an explicit market price wins; otherwise, if the market derives prices, the
 * variant's base price is converted with the FX rate in force and rounded by the market's rule.
 */
public final class PriceResolver {

    private PriceResolver() {
    }

    public static Optional<ResolvedPrice> resolve(Money basePrice, MarketPrice explicit, Market market, FxRates rates,
                                                  Instant now) {
        if (explicit != null) {
            if (explicit.saleActiveAt(now)) {
                Money was = explicit.compareAt() != null ? explicit.compareAt() : explicit.amount();
                return Optional.of(new ResolvedPrice(explicit.sale(), was, ResolvedPrice.Source.EXPLICIT, true,
                        market.taxInclusive()));
            }
            return Optional.of(new ResolvedPrice(explicit.amount(), explicit.compareAt(), ResolvedPrice.Source.EXPLICIT,
                    false, market.taxInclusive()));
        }
        if (basePrice == null) {
            return Optional.empty();
        }
        if (basePrice.currency().equals(market.currency())) {
            return Optional.of(new ResolvedPrice(basePrice, null, ResolvedPrice.Source.DERIVED, false,
                    market.taxInclusive()));
        }
        if (!market.fxDerived()) {
            return Optional.empty();
        }
        return rates.inForce(basePrice.currency(), market.currency(), now)
                .map(rate -> market.rounding().apply(market.currency(), basePrice.amount().multiply(rate.rate())))
                .map(amount -> new ResolvedPrice(amount, null, ResolvedPrice.Source.DERIVED, false, market.taxInclusive()));
    }
}
