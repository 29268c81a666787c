package dev.meridian.catalog.domain.pricing;

import dev.meridian.platform.money.Money;

/** The price a shopper sees in a market right now, and where it came from. */
public record ResolvedPrice(Money amount, Money compareAt, Source source, boolean onSale, boolean taxInclusive) {

    public enum Source { EXPLICIT, DERIVED }
}
