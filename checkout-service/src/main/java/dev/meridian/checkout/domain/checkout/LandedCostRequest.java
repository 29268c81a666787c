package dev.meridian.checkout.domain.checkout;

import dev.meridian.platform.money.Money;
import java.util.Currency;
import java.util.List;

/**
 * What compliance needs to quote tax and duty: where the goods go from and to, each line at the price the shopper
 * pays after discounts (on the market's tax basis), the shipping price, and who pays duty.
 */
public record LandedCostRequest(String market, String shipFromCountry, String shipToCountry, String shipToRegion,
                                Currency currency, List<Line> lines, Money shipping, boolean taxInclusive,
                                Incoterm incoterm) {

    public LandedCostRequest {
        lines = List.copyOf(lines);
    }

    public record Line(String sku, int quantity, Money unitPrice, String taxCategory, String hsCode, String origin) {
    }
}
