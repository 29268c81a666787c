package dev.meridian.webhook.messaging;

import java.time.Instant;
import java.util.UUID;

/** Every attempt to the endpoint has failed since {@code failingSince}; {@code warning} counts up the ladder. */
public record EndpointFailingData(UUID endpointId, String url, Instant failingSince, long failingForSeconds,
                                  int warning, Instant disableAt) {
}
