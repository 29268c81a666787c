package dev.meridian.catalog.domain.pricing;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** The dated rate table: the rate in force at an instant is the latest one whose effectiveFrom is not after it. */
public record FxRates(List<FxRate> rates) {

    public FxRates(Collection<FxRate> rates) {
        this(List.copyOf(rates));
    }

    public static FxRates none() {
        return new FxRates(List.of());
    }

    public Optional<FxRate> inForce(Currency base, Currency quote, Instant at) {
        return rates.stream()
                .filter(r -> r.base().equals(base) && r.quote().equals(quote) && !r.effectiveFrom().isAfter(at))
                .max(Comparator.comparing(FxRate::effectiveFrom));
    }
}
