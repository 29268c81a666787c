package dev.meridian.checkout.domain.promotion;

import dev.meridian.platform.money.Money;
import java.util.Currency;
import java.util.List;

/**
 * Every promotion applied to a cart, the fate of each code, and the totals of the ledger: the allocations of all
 * applied promotions sum exactly to {@code lineDiscount}; shipping discounts to {@code shippingDiscount}.
 */
public record PromotionOutcome(List<AppliedPromotion> applied, List<CodeStatus> codes, Money lineDiscount,
                               Money shippingDiscount, boolean freeShipping) {

    public PromotionOutcome {
        applied = List.copyOf(applied);
        codes = List.copyOf(codes);
    }

    public static PromotionOutcome none(Currency currency) {
        return new PromotionOutcome(List.of(), List.of(), Money.zero(currency), Money.zero(currency), false);
    }

    /** The discount on one cart line, summed over promotions. */
    public Money discountOn(int lineIndex) {
        return applied.stream().flatMap(a -> a.allocations().stream()).filter(a -> a.lineIndex() == lineIndex)
                .map(Allocation::amount).reduce(Money.zero(lineDiscount.currency()), Money::plus);
    }

    public List<Allocation> ledger() {
        return applied.stream().flatMap(a -> a.allocations().stream()).toList();
    }
}
