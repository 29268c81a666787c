package dev.meridian.webhook.messaging;

import java.time.Instant;
import java.util.UUID;

/** Every attempt of the retry schedule failed for this event at this endpoint; recover-failed sends it again. */
public record MessageExhaustedData(UUID endpointId, String url, String eventId, String eventType, int attempts,
                                   Integer lastStatus, String lastError, Instant failedAt) {
}
