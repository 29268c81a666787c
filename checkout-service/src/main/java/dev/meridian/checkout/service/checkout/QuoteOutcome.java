package dev.meridian.checkout.service.checkout;

import dev.meridian.checkout.domain.checkout.CheckoutQuote;

/** A checkout quote, and whether this request made it ({@code false}: the cart's valid quote was answered again). */
public record QuoteOutcome(CheckoutQuote quote, boolean created) {
}
