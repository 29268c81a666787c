package dev.meridian.compliance.domain.tax;

import dev.meridian.platform.money.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * One quoted line (a cart line, or the shipping charge with sku {@code null}).
 *
 * @param net   amount without tax (for tax-inclusive prices: the price minus the extracted tax)
 * @param total net + tax + duty
 */
public record QuotedLine(String sku, long quantity, Money net, List<TaxAmount> taxes, Money tax,
                         BigDecimal dutyRatePercent, Money duty, Money total, boolean taxCollectedAtCheckout,
                         boolean dutyCollectedAtCheckout, List<RuleRef> rules, String explanation) {

    public QuotedLine {
        taxes = List.copyOf(taxes);
        rules = List.copyOf(rules);
    }
}
