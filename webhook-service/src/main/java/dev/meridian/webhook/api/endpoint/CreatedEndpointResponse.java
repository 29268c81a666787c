package dev.meridian.webhook.api.endpoint;

import dev.meridian.webhook.service.endpoint.CreatedEndpoint;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new endpoint with its signing secret: store the secret now, it is not shown again. */
public record CreatedEndpointResponse(
        EndpointResponse endpoint,
        @Schema(description = "Standard Webhooks secret (whsec_ + base64); shown only in this answer",
                example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") String secret) {

    public static CreatedEndpointResponse of(CreatedEndpoint created) {
        return new CreatedEndpointResponse(EndpointResponse.of(created.endpoint()), created.secret().value());
    }
}
