package dev.meridian.checkout.api.order;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** The quote the buyer confirmed: what the order is charged. */
public record PlaceOrderRequest(@NotNull UUID quoteId) {
}
