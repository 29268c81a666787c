package dev.meridian.webhook.api.delivery;

import dev.meridian.webhook.domain.delivery.MessageSummary;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where the delivery of one event to one endpoint stands")
public record MessageResponse(UUID id, UUID endpointId, String eventId, String eventType,
                              @Schema(description = "The event's subject: the ordering key") String aggregate,
                              @Schema(enumeration = {"PENDING", "SENDING", "SUCCEEDED", "FAILED"}) String status,
                              @Schema(description = "Attempts in the current cycle") int attempts,
                              Instant nextAttemptAt, String trigger, Instant createdAt, Instant updatedAt) {

    public static MessageResponse of(MessageSummary m) {
        return new MessageResponse(m.id(), m.endpointId(), m.eventId(), m.eventType(), m.aggregate(), m.status(),
                m.attempts(), m.nextAttemptAt(), m.trigger(), m.createdAt(), m.updatedAt());
    }
}
