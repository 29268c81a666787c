package dev.meridian.checkout.domain.catalog;

import java.util.Currency;

/** A market carts can be opened in: its currency and whether its prices are stated including tax. */
public record SalesMarket(String code, Currency currency, boolean taxInclusive) {
}
