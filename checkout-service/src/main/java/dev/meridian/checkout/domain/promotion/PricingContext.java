package dev.meridian.checkout.domain.promotion;

import dev.meridian.platform.money.Money;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

/**
 * The cart as promotions are evaluated on it. {@code shipping} is the chosen shipping price once known (null
 * before the shopper picks an option); {@code customer} is the signed-in subject, null for an anonymous cart.
 */
public record PricingContext(String market, Currency currency, List<PricingLine> lines, Money shipping,
                             String customer, Instant now) {

    public PricingContext {
        lines = List.copyOf(lines);
    }

    public Money subtotal() {
        return lines.stream().map(PricingLine::amount).reduce(Money.zero(currency), Money::plus);
    }
}
