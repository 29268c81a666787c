package dev.meridian.webhook.service.endpoint;

import dev.meridian.webhook.domain.endpoint.Endpoint;
import dev.meridian.webhook.domain.endpoint.WebhookSecret;

/** A new endpoint, or a rotation, with the secret: the only time it is shown. */
public record CreatedEndpoint(Endpoint endpoint, WebhookSecret secret) {
}
