package dev.meridian.checkout.domain.cart;

/** OPEN carts can change; a cart merged into another, turned into an order or expired cannot. */
public enum CartStatus {
    OPEN, MERGED, ORDERED, EXPIRED
}
