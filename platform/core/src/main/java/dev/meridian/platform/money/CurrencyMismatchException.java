package dev.meridian.platform.money;

import java.util.Currency;

/** Arithmetic or comparison across currencies; converting is a pricing decision, never implicit. */
public class CurrencyMismatchException extends IllegalArgumentException {

    public CurrencyMismatchException(Currency left, Currency right) {
        super("cannot combine " + left.getCurrencyCode() + " with " + right.getCurrencyCode());
    }
}
