package dev.meridian.checkout.api.checkout;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record EmailRequest(@NotNull @Size(max = 254) String email) {
}
