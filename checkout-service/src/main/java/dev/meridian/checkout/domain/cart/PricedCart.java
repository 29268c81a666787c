package dev.meridian.checkout.domain.cart;

import dev.meridian.checkout.domain.promotion.PromotionOutcome;
import dev.meridian.platform.money.Money;
import java.util.List;

/**
 * A cart priced on the server: the lines at today's prices, the promotions as applied, and totals in the cart's
 * currency on the market's tax basis. {@code shipping} is null until an option is chosen; tax (and duty) is known
 * only from the checkout quote, and in tax-inclusive markets is already in the prices.
 */
public record PricedCart(Cart cart, List<PricedLine> lines, PromotionOutcome promotions, List<CartWarning> warnings,
                         Money subtotal, Money discount, Money shipping, Money shippingDiscount, Money total) {

    public PricedCart {
        lines = List.copyOf(lines);
        warnings = List.copyOf(warnings);
    }

    public boolean hasUnsellableLines() {
        return lines.stream().anyMatch(l -> !l.counted());
    }
}
