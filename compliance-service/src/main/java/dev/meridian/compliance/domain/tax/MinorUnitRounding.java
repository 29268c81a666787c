package dev.meridian.compliance.domain.tax;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns exact tax amounts (major units, unrounded) into minor units. Half-up everywhere. PER_TOTAL rounds the
 * sum once, floors every line and hands the missing minor units to the lines with the largest remainders
 * (ties to the earlier line), so the lines add up exactly to the rounded total.
 */
final class MinorUnitRounding {

    private MinorUnitRounding() {
    }

    static long[] round(List<BigDecimal> exact, int exponent, RoundingPolicy policy) {
        long[] result = new long[exact.size()];
        if (policy == RoundingPolicy.PER_LINE) {
            for (int i = 0; i < exact.size(); i++) {
                result[i] = toMinor(exact.get(i), exponent, RoundingMode.HALF_UP);
            }
            return result;
        }
        BigDecimal sum = exact.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        long remaining = toMinor(sum, exponent, RoundingMode.HALF_UP);
        List<Integer> byRemainder = new ArrayList<>();
        for (int i = 0; i < exact.size(); i++) {
            result[i] = toMinor(exact.get(i), exponent, RoundingMode.FLOOR);
            remaining -= result[i];
            byRemainder.add(i);
        }
        byRemainder.sort(Comparator.comparing((Integer i) -> fraction(exact.get(i), exponent)).reversed()
                .thenComparing(i -> i));
        for (int k = 0; remaining > 0 && k < byRemainder.size(); k++, remaining--) {
            result[byRemainder.get(k)]++;
        }
        return result;
    }

    private static long toMinor(BigDecimal major, int exponent, RoundingMode mode) {
        return major.movePointRight(exponent).setScale(0, mode).longValueExact();
    }

    private static BigDecimal fraction(BigDecimal major, int exponent) {
        BigDecimal minor = major.movePointRight(exponent);
        return minor.subtract(minor.setScale(0, RoundingMode.FLOOR));
    }
}
