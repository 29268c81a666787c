package dev.meridian.checkout.domain.catalog;

import dev.meridian.platform.money.Money;
import java.time.Instant;
import java.util.Currency;

/**
 * How one variant is offered in one market, as catalog states it: the price in the market's currency and on the
 * market's tax basis ({@code taxInclusive}: the price the shopper sees includes tax), publication and compliance's
 * verdict. {@code price} is null when the market has no price for the variant.
 */
public record MarketOffer(String market, boolean published, boolean visible, String complianceStatus,
                          Currency currency, boolean taxInclusive, Money price, Money compareAt, Sale sale) {

    /** The price in force at {@code now}: the sale price inside its window, else the regular price. */
    public Money priceAt(Instant now) {
        if (sale != null && sale.amount() != null && sale.activeAt(now)) {
            return sale.amount();
        }
        return price;
    }
}
