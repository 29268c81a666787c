package dev.meridian.checkout.service.cart;

import dev.meridian.checkout.domain.cart.PricedCart;

/**
 * The cart a create request produced. {@code token} is the anonymous cart's secret, returned this once; null for a
 * customer's cart. {@code created} is false when the customer already had an open cart in the market.
 */
public record CreatedCart(PricedCart cart, String token, boolean created) {
}
