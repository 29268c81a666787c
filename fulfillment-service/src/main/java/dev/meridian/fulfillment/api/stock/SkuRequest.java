package dev.meridian.fulfillment.api.stock;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** Physical data shipping and customs need; catalog owns everything else about the product. */
public record SkuRequest(
        @NotNull @Positive Integer weightGrams,
        @Pattern(regexp = "\\d{6,10}", message = "must be 6 to 10 digits") String hsCode,
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String originCountry,
        @Size(max = 200) String description) {
}
