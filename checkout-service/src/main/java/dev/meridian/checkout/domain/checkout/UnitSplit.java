package dev.meridian.checkout.domain.checkout;

import dev.meridian.platform.money.Money;
import java.util.ArrayList;
import java.util.List;

/**
 * A discounted line total as whole unit prices: {@code 29.99} for 2 units is 1 × 14.99 + 1 × 15.00. The tax engine
 * takes a unit price per line; splitting keeps the quantity (customs and duty per unit stay right) and the exact
 * total (no minor unit lost or gained in the quote).
 */
public final class UnitSplit {

    public record Part(int quantity, Money unitPrice) {
    }

    private UnitSplit() {
    }

    public static List<Part> of(Money total, int quantity) {
        if (quantity < 1 || total.isNegative()) {
            throw new IllegalArgumentException("a positive quantity and a non-negative total are split");
        }
        long floor = total.minorUnits() / quantity;
        int over = (int) (total.minorUnits() % quantity);
        List<Part> parts = new ArrayList<>();
        if (quantity - over > 0) {
            parts.add(new Part(quantity - over, Money.ofMinor(total.currency(), floor)));
        }
        if (over > 0) {
            parts.add(new Part(over, Money.ofMinor(total.currency(), floor + 1)));
        }
        return parts;
    }
}
