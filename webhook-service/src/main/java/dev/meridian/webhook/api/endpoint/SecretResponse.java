package dev.meridian.webhook.api.endpoint;

import dev.meridian.webhook.service.endpoint.CreatedEndpoint;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The new secret after a rotation; the previous one keeps signing until {@code previousSecretExpiresAt}. */
public record SecretResponse(
        @Schema(description = "The new Standard Webhooks secret; shown only in this answer") String secret,
        @Schema(description = "Until then every message carries a signature with the previous secret too")
        Instant previousSecretExpiresAt) {

    public static SecretResponse of(CreatedEndpoint rotated) {
        return new SecretResponse(rotated.secret().value(), rotated.endpoint().previousExpiresAt());
    }
}
