package dev.meridian.compliance.domain.tax;

import dev.meridian.platform.money.Money;
import java.math.BigDecimal;

/** One tax component of a line: its name (VAT, GST, PST...), rule, rate and amount. */
public record TaxAmount(String taxName, RuleRef rule, BigDecimal ratePercent, Money amount) {
}
