package dev.meridian.checkout.domain.promotion;

import dev.meridian.platform.money.Money;
import java.util.List;

/**
 * A promotion as applied to a cart: what it took off the lines (the ledger, summing exactly to
 * {@code lineDiscount}) and off shipping. {@code code} is null for an automatic promotion.
 */
public record AppliedPromotion(Promotion promotion, String code, Money lineDiscount, Money shippingDiscount,
                               List<Allocation> allocations, boolean freeShipping) {

    public AppliedPromotion {
        allocations = List.copyOf(allocations);
    }

    public Money total() {
        return lineDiscount.plus(shippingDiscount);
    }
}
