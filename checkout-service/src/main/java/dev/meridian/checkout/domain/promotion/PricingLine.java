package dev.meridian.checkout.domain.promotion;

import dev.meridian.platform.money.Money;
import java.util.List;

/** A sellable cart line as promotions see it: what it is, how many, and the unit price the market states. */
public record PricingLine(int index, String sku, String productId, List<String> categoryIds, String brand,
                          int quantity, Money unitPrice) {

    public PricingLine {
        categoryIds = List.copyOf(categoryIds);
    }

    public Money amount() {
        return unitPrice.times(quantity);
    }
}
