package dev.meridian.fulfillment.api.stock;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code delta}: positive for received goods, negative for shrinkage or damage. */
public record AdjustmentRequest(@NotBlank String sku, @NotBlank String location, @NotNull Long delta,
                                @NotBlank @Size(max = 200) String reason) {
}
