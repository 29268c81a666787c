package dev.meridian.fulfillment.api.shipping.admin;

import dev.meridian.platform.money.Money;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Fulfillment's view of a market: its currency, the order value from which eligible services ship free (absent:
 * never free), the withdrawal window in days after delivery, the local return hub (a RETURN_HUB location) if any.
 */
public record MarketRequest(
        @NotNull String currency,
        Money freeShippingThreshold,
        @NotNull @Min(0) @Max(365) Integer withdrawalDays,
        String returnHub,
        @NotNull String timeZone) {
}
