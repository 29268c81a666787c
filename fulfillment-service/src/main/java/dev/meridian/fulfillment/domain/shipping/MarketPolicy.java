package dev.meridian.fulfillment.domain.shipping;

import dev.meridian.platform.money.Money;
import java.time.ZoneId;
import java.util.Currency;

/**
 * What fulfillment needs to know about a market: its currency, the order value from which eligible services
 * are free (null: never free), the withdrawal window in days after delivery, and its local return hub if any.
 */
public record MarketPolicy(String market, Currency currency, Money freeShippingThreshold, int withdrawalDays,
                           String returnHub, ZoneId zone) {

    public boolean qualifiesForFreeShipping(Money orderValue) {
        return freeShippingThreshold != null && orderValue.compareTo(freeShippingThreshold) >= 0;
    }
}
