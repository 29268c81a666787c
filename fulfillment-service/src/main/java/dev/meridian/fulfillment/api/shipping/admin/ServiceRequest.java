package dev.meridian.fulfillment.api.shipping.admin;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** A carrier's service: kind ECONOMY, EXPRESS or LOCAL; transit days; the incoterms (DDP, DAP) it supports. */
public record ServiceRequest(
        @NotBlank @Size(max = 40) String carrier,
        @NotBlank @Size(max = 120) String name,
        @NotNull String kind,
        @NotNull @Min(0) @Max(90) Integer transitDaysMin,
        @NotNull @Min(0) @Max(90) Integer transitDaysMax,
        @NotNull @NotEmpty Set<@NotNull String> incoterms,
        @NotNull Boolean freeShippingEligible) {
}
