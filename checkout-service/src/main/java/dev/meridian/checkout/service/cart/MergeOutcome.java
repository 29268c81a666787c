package dev.meridian.checkout.service.cart;

import dev.meridian.checkout.domain.cart.PricedCart;
import java.util.List;

/** The customer's cart after a sign-in merge, and what could not be carried over. */
public record MergeOutcome(PricedCart cart, List<String> notes) {
}
