package dev.meridian.fulfillment.api.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** The (simulated) carrier's tracking webhook body; a real adapter maps its carrier's format to this. */
public record TrackingUpdate(@NotBlank String trackingNumber, @NotBlank String status, @NotNull Instant occurredAt,
                             String location) {
}
