package dev.meridian.compliance.domain.tax;

import dev.meridian.platform.money.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * A tax and duty quote. {@code collectedAtCheckout} is what the shopper pays now; {@code payableOnDelivery}
 * is the estimate the carrier will ask for at the door (zero under DDP).
 */
public record Quote(String market, String regime, Incoterm incoterm, RoundingPolicy rounding, LocalDate taxDate,
                    List<QuotedLine> lines, QuotedLine shipping, Totals totals, List<ThresholdCheck> thresholds,
                    List<RuleRef> rules, String explanation) {

    public Quote {
        lines = List.copyOf(lines);
        thresholds = List.copyOf(thresholds);
        rules = List.copyOf(rules);
    }

    public record Totals(Money net, Money tax, Money duty, Money total, Money collectedAtCheckout,
                         Money payableOnDelivery) {
    }
}
