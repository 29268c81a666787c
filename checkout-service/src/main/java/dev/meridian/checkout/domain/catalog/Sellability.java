package dev.meridian.checkout.domain.catalog;

import dev.meridian.platform.money.Money;

/** Whether a variant can be bought in a market now, and at what unit price; or why not. */
public sealed interface Sellability {

    record Sellable(SellableVariant variant, MarketOffer offer, Money unitPrice, Long available) implements Sellability {
    }

    record NotSellable(String sku, String market, NotSellableReason reason) implements Sellability {

        public String explanation() {
            return "variant " + sku + " cannot be sold in market " + market + ": " + reason.explanation();
        }
    }
}
