package dev.meridian.platform.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * An amount of money: ISO 4217 currency plus integer minor units. Never floating point.
 *
 * <p>The exponent comes from the currency (JPY 0, EUR 2, KWD 3). Arithmetic across currencies is refused
 * rather than silently converted; conversion is a pricing decision with its own rate and rounding rule.
 */
public record Money(Currency currency, long minorUnits) implements Comparable<Money> {

    public Money {
        Objects.requireNonNull(currency, "currency");
    }

    public static Money ofMinor(String currencyCode, long minorUnits) {
        return new Money(currencyOf(currencyCode), minorUnits);
    }

    public static Money ofMinor(Currency currency, long minorUnits) {
        return new Money(currency, minorUnits);
    }

    public static Money zero(Currency currency) {
        return new Money(currency, 0);
    }

    public static Money zero(String currencyCode) {
        return zero(currencyOf(currencyCode));
    }

    /** Parses an exact decimal amount; more decimals than the currency has is an error, never a rounding. */
    public static Money of(String currencyCode, String amount) {
        Currency currency = currencyOf(currencyCode);
        BigDecimal decimal;
        try {
            decimal = new BigDecimal(Objects.requireNonNull(amount, "amount").trim());
        } catch (NumberFormatException e) {
            throw new InvalidMoneyException("amount", "'" + amount + "' is not a decimal number");
        }
        return of(currency, decimal);
    }

    public static Money of(Currency currency, BigDecimal amount) {
        int exponent = exponentOf(currency);
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() > exponent) {
            throw new InvalidMoneyException("amount", "%s allows at most %d decimal(s), got '%s'"
                    .formatted(currency.getCurrencyCode(), exponent, amount.toPlainString()));
        }
        try {
            return new Money(currency, amount.movePointRight(exponent).longValueExact());
        } catch (ArithmeticException e) {
            throw new InvalidMoneyException("amount", "amount '" + amount.toPlainString() + "' is out of range");
        }
    }

    /** Rounds an arbitrary decimal to the currency's exponent with an explicit rounding mode. */
    public static Money rounded(Currency currency, BigDecimal amount, RoundingMode mode) {
        BigDecimal scaled = amount.setScale(exponentOf(currency), mode);
        return new Money(currency, scaled.movePointRight(exponentOf(currency)).longValueExact());
    }

    public static Currency currencyOf(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            throw new InvalidMoneyException("currency", "'" + code + "' is not an ISO 4217 currency code");
        }
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidMoneyException("currency", "'" + code + "' is not an ISO 4217 currency code");
        }
    }

    /** Currencies without minor units (XAU, XDR, ...) report -1 in the JDK; they are handled as exponent 0. */
    public static int exponentOf(Currency currency) {
        return Math.max(0, currency.getDefaultFractionDigits());
    }

    public int exponent() {
        return exponentOf(currency);
    }

    public String currencyCode() {
        return currency.getCurrencyCode();
    }

    public BigDecimal amount() {
        return BigDecimal.valueOf(minorUnits, exponent());
    }

    /** The wire form: plain, exactly the currency's decimals ("19.90", "1000", "1.250"). */
    public String amountString() {
        return amount().toPlainString();
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(currency, Math.addExact(minorUnits, other.minorUnits));
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(currency, Math.subtractExact(minorUnits, other.minorUnits));
    }

    public Money times(long quantity) {
        return new Money(currency, Math.multiplyExact(minorUnits, quantity));
    }

    public Money times(BigDecimal factor, RoundingMode mode) {
        return rounded(currency, amount().multiply(factor), mode);
    }

    public Money negate() {
        return new Money(currency, Math.negateExact(minorUnits));
    }

    public boolean isZero() {
        return minorUnits == 0;
    }

    public boolean isNegative() {
        return minorUnits < 0;
    }

    public boolean isPositive() {
        return minorUnits > 0;
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /**
     * Splits this amount by ratios so that the parts add up exactly to the whole: remainders go one minor
     * unit at a time to the first parts (100.00 in 3 equal parts = 33.34 + 33.33 + 33.33).
     */
    public List<Money> allocate(long... ratios) {
        if (ratios.length == 0) {
            throw new IllegalArgumentException("at least one ratio is required");
        }
        long total = 0;
        for (long ratio : ratios) {
            if (ratio < 0) {
                throw new IllegalArgumentException("ratios must not be negative");
            }
            total = Math.addExact(total, ratio);
        }
        if (total == 0) {
            throw new IllegalArgumentException("ratios must not all be zero");
        }
        long[] parts = new long[ratios.length];
        long remainder = minorUnits;
        for (int i = 0; i < ratios.length; i++) {
            parts[i] = BigDecimal.valueOf(minorUnits).multiply(BigDecimal.valueOf(ratios[i]))
                    .divide(BigDecimal.valueOf(total), 0, RoundingMode.FLOOR).longValueExact();
            remainder -= parts[i];
        }
        // remainder is in [0, ratios.length) because each part was floored
        for (int i = 0; remainder > 0; i = (i + 1) % ratios.length) {
            if (ratios[i] > 0) {
                parts[i]++;
                remainder--;
            }
        }
        List<Money> result = new ArrayList<>(parts.length);
        for (long part : parts) {
            result.add(new Money(currency, part));
        }
        return result;
    }

    /** Splits into n equal parts, remainders to the first parts. */
    public List<Money> allocateEvenly(int parts) {
        long[] ratios = new long[parts];
        java.util.Arrays.fill(ratios, 1);
        return allocate(ratios);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(currency, other.currency);
        }
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return Long.compare(minorUnits, other.minorUnits);
    }

    @Override
    public String toString() {
        return amountString() + " " + currencyCode();
    }
}
