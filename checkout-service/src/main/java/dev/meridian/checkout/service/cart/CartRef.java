package dev.meridian.checkout.service.cart;

import java.util.UUID;

/**
 * A cart as a request names it: its id, who asks, and {@code ifMatch}, the version the client last read (from
 * {@code If-Match}; null to change whatever is current, with concurrent changes retried on the server).
 */
public record CartRef(UUID cartId, CartCaller caller, Long ifMatch) {
}
