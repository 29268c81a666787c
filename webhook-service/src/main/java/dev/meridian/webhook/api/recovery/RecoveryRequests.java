package dev.meridian.webhook.api.recovery;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the recovery operations. */
public final class RecoveryRequests {

    private RecoveryRequests() {
    }

    @Schema(description = "Resend every message that failed in [since, until)")
    public record Recover(@NotNull Instant since, @Schema(description = "Default: now") Instant until) {
    }

    @Schema(description = "Deliver again every logged event the endpoint subscribes to whose time is in [from, to)")
    public record Replay(@NotNull Instant from, @NotNull Instant to) {
    }

    @Schema(description = "Send a test event of this type, its data from the type's schema examples")
    public record TestEvent(@Schema(example = "meridian.fulfillment.shipment.dispatched.v1")
                            @NotBlank @Size(max = 200) String type) {
    }

    @Schema(description = "How many messages were queued")
    public record Queued(int queued) {
    }

    @Schema(description = "The test event's id (its webhook-id)")
    public record TestEventQueued(String eventId) {
    }
}
