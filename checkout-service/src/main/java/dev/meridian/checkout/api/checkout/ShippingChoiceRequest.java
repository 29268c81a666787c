package dev.meridian.checkout.api.checkout;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record ShippingChoiceRequest(@NotBlank @Size(max = 40) String service) {
}
