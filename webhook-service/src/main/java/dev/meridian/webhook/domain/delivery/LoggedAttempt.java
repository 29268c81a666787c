package dev.meridian.webhook.domain.delivery;

import java.time.Instant;
import java.util.UUID;

/** One entry of the delivery log: an attempt, what it sent where, and what came back. */
public record LoggedAttempt(long id, UUID messageId, UUID endpointId, String eventId, String eventType,
                            int attemptNumber, String trigger, Instant attemptedAt, String outcome,
                            Integer responseStatus, long latencyMs, String responseExcerpt, String error, String url) {
}
