package dev.meridian.webhook.domain.delivery;

import java.time.Instant;
import java.util.UUID;

/** Where the delivery of one event to one endpoint stands. */
public record MessageSummary(UUID id, UUID endpointId, String eventId, String eventType, String aggregate,
                             String status, int attempts, Instant nextAttemptAt, String trigger, Instant createdAt,
                             Instant updatedAt, long seq) {
}
