package dev.meridian.webhook.api.endpoint;

import dev.meridian.platform.failure.PreconditionFailed;
import dev.meridian.platform.idempotency.Idempotency;
import dev.meridian.platform.idempotency.IdempotentRequest;
import dev.meridian.platform.problem.ProblemException;
import dev.meridian.platform.problem.ProblemType;
import dev.meridian.platform.security.Roles;
import dev.meridian.webhook.api.support.Cursors;
import dev.meridian.webhook.api.support.Page;
import dev.meridian.webhook.service.endpoint.EndpointService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/webhook-endpoints")
@Tag(name = "Webhook endpoints", description = "Subscriptions of ERP/CRM integrators, their secrets and settings")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INTEGRATION, Roles.MERCHANT_ADMIN})
public class EndpointResource {

    private final EndpointService endpoints;
    private final Idempotency idempotency;

    public EndpointResource(EndpointService endpoints, Idempotency idempotency) {
        this.endpoints = endpoints;
        this.idempotency = idempotency;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an endpoint; the answer carries its signing secret, shown only this once",
            description = "Requires an Idempotency-Key: a retry with the same key and body replays the first answer "
                    + "(one endpoint, the same secret); the same key with another body answers 422.")
    public Uni<Response> create(
            @Parameter(description = "Unique per endpoint being created, e.g. a UUID", required = true)
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull EndpointRequest request) {
        IdempotentRequest key = idempotency.request(idempotencyKey, "POST", "/v1/webhook-endpoints", request);
        var settings = endpoints.settings(request.toCommand());
        return idempotency.execute(key, () -> endpoints.create(settings).map(created -> Response
                .created(URI.create("/v1/webhook-endpoints/" + created.endpoint().id()))
                .entity(CreatedEndpointResponse.of(created)).build()));
    }

    @GET
    @Operation(summary = "Endpoints, a page at a time", description = "Cursor pagination: pass nextCursor back as cursor.")
    public Uni<Page<EndpointResponse>> list(@QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        int size = Cursors.limit(limit);
        String after = Cursors.decode(cursor);
        UUID afterId;
        try {
            afterId = after == null ? null : UUID.fromString(after);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("cursor", "is not a cursor this API returned");
        }
        return endpoints.page(afterId, size).map(page -> new Page<>(page.stream().map(EndpointResponse::of).toList(),
                page.size() < size ? null : Cursors.encode(page.getLast().id().toString())));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An endpoint; its ETag is what PUT's If-Match must name",
            description = "The endpoint's settings and state (never its secret), with its version as a strong ETag.")
    public Uni<Response> get(@PathParam("id") UUID id) {
        return endpoints.get(id).map(e -> Response.ok(EndpointResponse.of(e))
                .header(HttpHeaders.ETAG, EndpointResponse.etag(e)).build());
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace an endpoint's settings",
            description = "Requires If-Match with the ETag read (428 without it, 412 when the endpoint changed since, "
                    + "for example because the service disabled it). Enabling a disabled endpoint starts its failure "
                    + "window from zero.")
    public Uni<Response> replace(@PathParam("id") UUID id,
                                 @Parameter(description = "The ETag of the version being replaced", required = true)
                                 @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                 @Valid @NotNull EndpointRequest request) {
        long version = version(ifMatch);
        var settings = endpoints.settings(request.toCommand());
        return endpoints.replace(id, version, settings).map(e -> Response.ok(EndpointResponse.of(e))
                .header(HttpHeaders.ETAG, EndpointResponse.etag(e)).build());
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete an endpoint with its messages and delivery log",
            description = "Nothing more is sent to it; its messages and attempts are deleted with it.")
    public Uni<Response> delete(@PathParam("id") UUID id) {
        return endpoints.delete(id).replaceWith(Response.noContent().build());
    }

    @POST
    @Path("/{id}/secret/rotate")
    @Operation(summary = "Rotate the signing secret; both secrets sign during the overlap",
            description = "The new secret is shown only in this answer. Until previousSecretExpiresAt every message "
                    + "carries two signatures, so the receiver can switch without losing a message. Requires an "
                    + "Idempotency-Key: a retry with the same key replays the answer (one rotation, the same secret).")
    public Uni<Response> rotate(@PathParam("id") UUID id,
                                @Parameter(description = "Unique per rotation, e.g. a UUID", required = true)
                                @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        IdempotentRequest key = idempotency.request(idempotencyKey, "POST",
                "/v1/webhook-endpoints/" + id + "/secret/rotate", null);
        return idempotency.execute(key, () -> endpoints.rotateSecret(id)
                .map(rotated -> Response.ok(SecretResponse.of(rotated)).build()));
    }

    /** The version an If-Match names: 428 without one, 412 when it is not one of our tags. */
    static long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.of(ProblemType.PRECONDITION_REQUIRED,
                    "send If-Match with the ETag of the version you edited, so no one else's change is lost");
        }
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new PreconditionFailed("If-Match names no version of this endpoint; read it again");
        }
    }
}
