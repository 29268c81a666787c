package dev.meridian.fulfillment.service.webhook;

import dev.meridian.fulfillment.domain.shipment.TrackingStatus;
import java.time.Instant;

/** A verified carrier tracking webhook: its id (unique per carrier), what it says, and the raw payload kept. */
public record TrackingEvent(String carrier, String webhookId, String trackingNumber, TrackingStatus status,
                            Instant occurredAt, String payload) {
}
