package dev.meridian.compliance.domain.tax;

import dev.meridian.platform.money.Money;
import java.math.BigDecimal;
import java.util.List;

/** A recorded currency conversion: what was converted, into what, at which rate, from which rate rules. */
public record Conversion(Money from, Money to, BigDecimal rate, List<RuleRef> rates) {

    public Conversion {
        rates = List.copyOf(rates);
    }

    public static Conversion identity(Money amount) {
        return new Conversion(amount, amount, BigDecimal.ONE, List.of());
    }

    public boolean isIdentity() {
        return rates.isEmpty();
    }

    @Override
    public String toString() {
        return isIdentity() ? from.toString() : from + " = " + to + " at " + rate.stripTrailingZeros().toPlainString();
    }
}
