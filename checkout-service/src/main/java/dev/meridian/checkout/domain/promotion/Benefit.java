package dev.meridian.checkout.domain.promotion;

import dev.meridian.platform.failure.RuleViolation;
import dev.meridian.platform.money.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;

/** What a promotion gives. Amounts are taken off the prices as the market states them (gross where tax-inclusive). */
public sealed interface Benefit {

    Target target();

    /** {@code percent} off the targeted amount, rounded half up to the minor unit (25 % of 19.99 is 5.00). */
    record PercentOff(BigDecimal percent, Target target) implements Benefit {
        public PercentOff {
            RuleViolation.require(percent != null && percent.signum() > 0 && percent.compareTo(BigDecimal.valueOf(100)) <= 0,
                    "benefit.percent", "must be more than 0 and at most 100");
        }
    }

    /** A fixed amount off, stated per currency; in a currency not listed the promotion does not apply. */
    record AmountOff(Map<Currency, Money> amounts, Target target) implements Benefit {
        public AmountOff {
            RuleViolation.require(amounts != null && !amounts.isEmpty(), "benefit.amounts", "name at least one currency");
            amounts.forEach((currency, amount) -> RuleViolation.require(
                    amount.currency().equals(currency) && amount.isPositive(), "benefit.amounts",
                    "each amount must be positive and in its own currency"));
            amounts = Map.copyOf(amounts);
        }
    }

    /** The shipping price of the order, whatever it turns out to be. */
    record FreeShipping() implements Benefit {
        public Target target() {
            return new Target.Shipping();
        }
    }

    /**
     * For every {@code buy} + {@code get} targeted units, the {@code get} cheapest get {@code percentOff} (100: free).
     */
    record BuyXGetY(int buy, int get, BigDecimal percentOff, Target target) implements Benefit {
        public BuyXGetY {
            RuleViolation.require(buy >= 1 && get >= 1, "benefit.buy", "buy and get must both be at least 1");
            RuleViolation.require(percentOff != null && percentOff.signum() > 0
                    && percentOff.compareTo(BigDecimal.valueOf(100)) <= 0, "benefit.percentOff",
                    "must be more than 0 and at most 100");
            RuleViolation.require(!(target instanceof Target.Shipping), "benefit.target", "must target products");
        }
    }
}
