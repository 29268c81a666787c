package dev.meridian.catalog.domain.pricing;

import dev.meridian.platform.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** How a market rounds prices it derives by FX conversion; explicit prices are never rounded. */
public enum RoundingRule {
    /** Half-up to the currency's minor unit. */
    EXACT {
        @Override
        BigDecimal round(BigDecimal amount, int exponent) {
            return amount.setScale(exponent, RoundingMode.HALF_UP);
        }
    },
    /** Charm pricing: up to the next price ending in .99 (23.40 → 23.99, 24.00 → 24.99). */
    ENDING_99 {
        @Override
        BigDecimal round(BigDecimal amount, int exponent) {
            BigDecimal cents = new BigDecimal("0.99");
            return amount.subtract(cents).setScale(0, RoundingMode.CEILING).add(cents);
        }
    },
    /** Whole currency units, half-up (JPY shows no minor units; also used for "round" price points). */
    WHOLE {
        @Override
        BigDecimal round(BigDecimal amount, int exponent) {
            return amount.setScale(0, RoundingMode.HALF_UP);
        }
    },
    /** Nearest 0.05, half-up (Swiss cash rounding). */
    NEAREST_0_05 {
        @Override
        BigDecimal round(BigDecimal amount, int exponent) {
            BigDecimal twenty = BigDecimal.valueOf(20);
            return amount.multiply(twenty).setScale(0, RoundingMode.HALF_UP).divide(twenty).setScale(2);
        }
    };

    abstract BigDecimal round(BigDecimal amount, int exponent);

    public Money apply(Currency currency, BigDecimal amount) {
        BigDecimal rounded = round(amount, Money.exponentOf(currency));
        return Money.rounded(currency, rounded.max(BigDecimal.ZERO), RoundingMode.HALF_UP);
    }
}
