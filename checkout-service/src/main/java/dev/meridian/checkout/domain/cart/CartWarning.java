package dev.meridian.checkout.domain.cart;

import dev.meridian.checkout.domain.catalog.NotSellableReason;
import dev.meridian.platform.money.Money;

/**
 * A change the shopper did not make, reported instead of applied silently (Shopify's cart warnings). Each has a
 * stable {@link #code()}.
 */
public sealed interface CartWarning {

    String code();

    String message();

    /** The unit price differs from the one the shopper last saw; totals use the current price. */
    record PriceChanged(String sku, Money previous, Money current) implements CartWarning {
        public String code() {
            return "price-changed";
        }

        public String message() {
            return "the price of " + sku + " changed from " + previous + " to " + current;
        }
    }

    /** The line stays in the cart but is not counted and cannot be checked out until removed. */
    record NoLongerSellable(String sku, NotSellableReason reason) implements CartWarning {
        public String code() {
            return "no-longer-sellable";
        }

        public String message() {
            return sku + " can no longer be bought: " + reason.explanation();
        }
    }

    /** Fewer units are available than the line asks for; placing the order may fail for this line. */
    record StockLow(String sku, long available, int requested) implements CartWarning {
        public String code() {
            return "stock-low";
        }

        public String message() {
            return "only " + available + " of " + sku + " available, " + requested + " in the cart";
        }
    }

    /** A discount code in the cart does not (or no longer) apply; the reason says why. */
    record CodeNotApplicable(String discountCode, String reason, String explanation) implements CartWarning {
        public String code() {
            return "discount-code-not-applicable";
        }

        public String message() {
            return "discount code " + discountCode + " does not apply: " + explanation;
        }
    }
}
