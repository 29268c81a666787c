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

    /** The longest amount the wire accepts: 18 integer digits, a point and 3 decimals, and a sign. */
    public static final int MAX_AMOUNT_LENGTH = 23;

    /**
     * The wire format of an amount (docs/api-guide.md): a plain decimal string, an optional leading {@code -},
     * digits, optionally a point and digits. No exponent, no {@code +}, no whitespace, no grouping.
     */
    private static final java.util.regex.Pattern AMOUNT = java.util.regex.Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    /**
     * Parses an exact decimal amount in the wire format; more decimals than the currency has is an error, never a
     * rounding. Error messages quote at most a short prefix of the input, so a hostile value costs nothing.
     */
    public static Money of(String currencyCode, String amount) {
        Currency currency = currencyOf(currencyCode);
        Objects.requireNonNull(amount, "amount");
        if (amount.length() > MAX_AMOUNT_LENGTH || !AMOUNT.matcher(amount).matches()) {
            throw new InvalidMoneyException("amount", "'" + excerpt(amount)
                    + "' is not a decimal string (digits, an optional leading '-' and '.', no exponent, at most "
                    + MAX_AMOUNT_LENGTH + " characters)");
        }
        return of(currency, new BigDecimal(amount));
    }

    public static Money of(Currency currency, BigDecimal amount) {
        int exponent = exponentOf(currency);
        // Checked before stripTrailingZeros or any formatting: both are proportional to a hostile scale.
        if (amount.scale() > 64 || amount.scale() < -64 || amount.precision() > 64) {
            throw new InvalidMoneyException("amount", "amount is out of range");
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() > exponent) {
            throw new InvalidMoneyException("amount", "%s allows at most %d decimal(s), got '%s'"
                    .formatted(currency.getCurrencyCode(), exponent, excerpt(amount.toPlainString())));
        }
        try {
            return new Money(currency, amount.movePointRight(exponent).longValueExact());
        } catch (ArithmeticException e) {
            throw new InvalidMoneyException("amount", "amount '" + excerpt(amount.toPlainString()) + "' is out of range");
        }
    }

    /** At most 24 characters of untrusted input, for messages. */
    static String excerpt(String input) {
        return input.length() <= 24 ? input : input.substring(0, 24) + "…";
    }

    /** Rounds an arbitrary decimal to the currency's exponent with an explicit rounding mode. */
    public static Money rounded(Currency currency, BigDecimal amount, RoundingMode mode) {
        BigDecimal scaled = amount.setScale(exponentOf(currency), mode);
        return new Money(currency, scaled.movePointRight(exponentOf(currency)).longValueExact());
    }

    public static Currency currencyOf(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            throw new InvalidMoneyException("currency", "'" + (code == null ? null : excerpt(code))
                    + "' is not an ISO 4217 currency code");
        }
        Currency currency;
        try {
            currency = Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidMoneyException("currency", "'" + code + "' is not an ISO 4217 currency code");
        }
        if (!CirculatingCurrencies.isCirculating(code)) {
            throw new InvalidMoneyException("currency", "'" + code
                    + "' is not a currency goods can be sold in (withdrawn, a fund, a metal or a test code)");
        }
        return currency;
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
     * Splits this amount by ratios so that the parts add up exactly to the whole, by largest remainder: every
     * part gets its floor, and the minor units left over go one each to the parts whose exact share lost the most,
     * ties to the earlier part (100.00 in 3 equal parts = 33.34 + 33.33 + 33.33; 1.00 by 1:1:8 = 0.10 + 0.10 +
     * 0.80, never 0.11 for the first). A negative amount splits as the negation of its magnitude's split, so a
     * refund mirrors its charge. A part with ratio 0 gets exactly 0.
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
        boolean negative = minorUnits < 0;
        BigDecimal magnitude = BigDecimal.valueOf(minorUnits).abs();
        BigDecimal divisor = BigDecimal.valueOf(total);
        long[] parts = new long[ratios.length];
        BigDecimal[] remainders = new BigDecimal[ratios.length];
        long leftover = magnitude.longValueExact();
        for (int i = 0; i < ratios.length; i++) {
            BigDecimal[] quotient = magnitude.multiply(BigDecimal.valueOf(ratios[i])).divideAndRemainder(divisor);
            parts[i] = quotient[0].longValueExact();
            remainders[i] = quotient[1];
            leftover -= parts[i];
        }
        // leftover < number of parts with a non-zero remainder, because each lost less than one minor unit
        Integer[] order = new Integer[ratios.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> {
            int byRemainder = remainders[b].compareTo(remainders[a]);
            return byRemainder != 0 ? byRemainder : Integer.compare(a, b);
        });
        for (int k = 0; leftover > 0; k++, leftover--) {
            parts[order[k]]++;
        }
        List<Money> result = new ArrayList<>(parts.length);
        for (long part : parts) {
            result.add(new Money(currency, negative ? -part : part));
        }
        return result;
    }

    /** Splits into n equal parts, the leftover minor units to the first parts. */
    public List<Money> allocateEvenly(int parts) {
        if (parts < 1) {
            throw new IllegalArgumentException("an amount is split into at least 1 part, not " + parts);
        }
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
