package dev.meridian.webhook.messaging;

import java.time.Instant;
import java.util.UUID;

/** The endpoint was disabled: it answered 410 Gone, or every attempt failed for the configured time. */
public record EndpointDisabledData(UUID endpointId, String url, String reason, Instant disabledAt) {
}
