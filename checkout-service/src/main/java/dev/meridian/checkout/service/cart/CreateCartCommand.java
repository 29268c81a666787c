package dev.meridian.checkout.service.cart;

/** Open a cart in a market, in the shopper's locale (BCP 47). */
public record CreateCartCommand(String market, String locale, CartCaller caller) {
}
