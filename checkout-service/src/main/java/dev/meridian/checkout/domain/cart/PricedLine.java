package dev.meridian.checkout.domain.cart;

import dev.meridian.checkout.domain.catalog.Sellability;
import dev.meridian.platform.money.Money;

/**
 * A cart line with today's price: {@code unitPrice × quantity = lineTotal}, minus its share of the discounts
 * ({@code discount}, from the ledger) is {@code total}. A line that can no longer be sold is shown but not
 * counted ({@code counted} false, totals zero).
 */
public record PricedLine(int index, CartLine line, Sellability sellability, Money unitPrice, Money lineTotal,
                         Money discount, Money total, boolean counted) {
}
