package dev.meridian.checkout.api.cart;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Market and locale are fixed for the life of the cart; the currency and tax basis follow from the market. */
public record CreateCartRequest(@NotBlank @Size(max = 2) String market, @NotBlank @Size(max = 35) String locale) {
}
