package dev.meridian.checkout.domain.cart;

import dev.meridian.platform.failure.StateConflict;

/** The cart passed its expiry untouched: its contents are gone for shopping; start a new cart. */
public final class CartExpired extends StateConflict {

    public CartExpired(java.util.UUID cartId) {
        super("cart " + cartId + " has expired; start a new cart");
    }
}
