package dev.meridian.webhook.api.endpoint;

import dev.meridian.webhook.domain.endpoint.Endpoint;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An endpoint as stored; never its secret. */
@Schema(description = "A webhook endpoint (its secret is shown only when created or rotated)")
public record EndpointResponse(UUID id, String url, String description, List<String> eventTypes, String market,
                               boolean enabled,
                               @Schema(description = "Why the service disabled it (410 Gone, persistent failure)")
                               String disabledReason,
                               Integer throttlePerSecond, String ordering,
                               @Schema(description = "Until then the previous secret signs too (after a rotation)")
                               Instant previousSecretExpiresAt,
                               Instant createdAt, Instant updatedAt, long version) {

    public static EndpointResponse of(Endpoint e) {
        return new EndpointResponse(e.id(), e.url().toString(), e.description(), e.eventTypes().patterns(), e.market(),
                e.enabled(), e.disabledReason(), e.throttlePerSecond(), e.ordering().name(), e.previousExpiresAt(),
                e.createdAt(), e.updatedAt(), e.version());
    }

    public static String etag(Endpoint e) {
        return "\"" + e.version() + "\"";
    }
}
