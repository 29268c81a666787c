package dev.meridian.catalog.domain.pricing;

import dev.meridian.catalog.domain.market.Market;
import dev.meridian.platform.failure.RuleViolation;
import dev.meridian.platform.money.Money;
import java.time.Instant;

/**
 * An explicit price of one variant in one market, as the market states it (tax-inclusive or not), with an
 * optional compare-at ("was") price and an optional sale price valid in [saleFrom, saleUntil).
 */
public record MarketPrice(String sku, String market, Money amount, Money compareAt, Money sale, Instant saleFrom,
                          Instant saleUntil) {

    public MarketPrice {
        requireNonNegative(amount, "amount");
        if (amount == null) {
            throw new RuleViolation("amount", "is required");
        }
        requireNonNegative(compareAt, "compareAt");
        requireNonNegative(sale, "sale.amount");
        for (Money m : new Money[] {compareAt, sale}) {
            if (m != null && !m.currency().equals(amount.currency())) {
                throw new RuleViolation("currency", "all amounts of a price must share one currency");
            }
        }
        if (sale == null && (saleFrom != null || saleUntil != null)) {
            throw new RuleViolation("sale.amount", "a sale window needs a sale amount");
        }
        if (saleFrom != null && saleUntil != null && !saleUntil.isAfter(saleFrom)) {
            throw new RuleViolation("sale.until", "must be after sale.from");
        }
    }

    private static void requireNonNegative(Money money, String field) {
        if (money != null && money.isNegative()) {
            throw new RuleViolation(field, "must not be negative");
        }
    }

    public boolean saleActiveAt(Instant now) {
        return sale != null && (saleFrom == null || !now.isBefore(saleFrom)) && (saleUntil == null || now.isBefore(saleUntil));
    }

    public void validateFor(Market market) {
        market.requireCurrency(amount, "amount.currency");
    }
}
