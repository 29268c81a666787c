package dev.meridian.checkout.domain.checkout;

import dev.meridian.platform.money.Money;
import java.util.List;

/**
 * Compliance's quote: per line net, tax, duty and total; the shipping line; and the totals split into what is
 * collected at checkout and what the buyer pays on delivery (DAP).
 */
public record LandedCost(String regime, Incoterm incoterm, List<Line> lines, Line shipping, Totals totals,
                         String explanation) {

    public LandedCost {
        lines = List.copyOf(lines);
    }

    public record Line(String sku, long quantity, Money net, Money tax, Money duty, Money total,
                       boolean taxCollectedAtCheckout, boolean dutyCollectedAtCheckout) {
    }

    public record Totals(Money net, Money tax, Money duty, Money total, Money collectedAtCheckout,
                         Money payableOnDelivery) {
    }
}
