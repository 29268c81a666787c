package dev.meridian.checkout.service.order;

import dev.meridian.checkout.service.cart.CartCaller;
import java.util.UUID;

/**
 * Place the order of a cart at the quote the buyer confirmed. {@code idempotencyScope} and {@code idempotencyKey}
 * are the request's Idempotency-Key as the platform scopes it: the placement's claim on the cart is held by it.
 */
public record PlaceOrderCommand(UUID cartId, CartCaller caller, UUID quoteId, String idempotencyScope,
                                String idempotencyKey) {
}
