package dev.meridian.fulfillment.domain.shipping;

import dev.meridian.platform.money.Money;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** Prices of one service to one zone in one currency, by weight band or by order-value band. */
public record RateTable(String service, String zone, Currency currency, RateBasis basis, List<RateBand> bands) {

    public RateTable {
        // Bands are searched in ascending order; an unbounded band (null) comes last.
        bands = bands.stream().sorted(Comparator.comparing(RateBand::upTo,
                Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        for (RateBand band : bands) {
            if (!band.price().currency().equals(currency)) {
                throw new IllegalArgumentException("rate table " + service + "/" + zone + " mixes currencies");
            }
        }
    }

    /** Empty when the parcel is heavier (or the order larger) than the last band: the service cannot take it. */
    public Optional<Money> price(long weightGrams, Money orderValue) {
        long measure = basis == RateBasis.WEIGHT ? weightGrams : orderValue.minorUnits();
        return bands.stream().filter(b -> b.covers(measure)).findFirst().map(RateBand::price);
    }
}
