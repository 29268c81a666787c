package dev.meridian.checkout.domain.cart;

import dev.meridian.platform.money.Money;
import java.time.Instant;

/**
 * One variant in a cart. {@code seenUnitPrice} is the unit price the shopper was last shown for it: when the current
 * price differs, the cart says so in a warning instead of changing what the shopper agreed to without a word.
 */
public record CartLine(String sku, int quantity, Money seenUnitPrice, Instant addedAt) {

    public CartLine withQuantity(int quantity, Money seenUnitPrice) {
        return new CartLine(sku, quantity, seenUnitPrice, addedAt);
    }
}
