package dev.meridian.checkout.api.cart;

import jakarta.validation.constraints.NotNull;

public record QuantityRequest(@NotNull Integer quantity) {
}
