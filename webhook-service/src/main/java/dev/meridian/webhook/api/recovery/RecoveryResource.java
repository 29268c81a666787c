package dev.meridian.webhook.api.recovery;

import dev.meridian.platform.idempotency.Idempotency;
import dev.meridian.platform.idempotency.IdempotentRequest;
import dev.meridian.platform.security.Roles;
import dev.meridian.webhook.service.recovery.RecoveryService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/webhook-endpoints")
@Tag(name = "Recovery", description = "Resend, recover failed, replay from the event log, test events")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INTEGRATION, Roles.MERCHANT_ADMIN})
public class RecoveryResource {

    private static final String KEY_DOC = "Requires an Idempotency-Key: a retry with the same key and body replays "
            + "the first answer and queues nothing again; the same key with another body answers 422.";

    private final RecoveryService recovery;
    private final Idempotency idempotency;

    public RecoveryResource(RecoveryService recovery, Idempotency idempotency) {
        this.recovery = recovery;
        this.idempotency = idempotency;
    }

    @POST
    @Path("/{id}/messages/{eventId}/resend")
    @Operation(summary = "Send one message again, from the start of the retry schedule (same webhook-id)",
            description = KEY_DOC)
    @APIResponse(responseCode = "202", description = "Queued for delivery",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RecoveryRequests.Queued.class)))
    public Uni<Response> resend(@PathParam("id") UUID id, @PathParam("eventId") @Size(max = 200) String eventId,
                                @Parameter(description = "Unique per resend, e.g. a UUID", required = true)
                                @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        IdempotentRequest key = idempotency.request(idempotencyKey, "POST",
                "/v1/webhook-endpoints/" + id + "/messages/" + eventId + "/resend", null);
        return idempotency.execute(key, () -> recovery.resend(id, eventId)
                .map(n -> Response.accepted(new RecoveryRequests.Queued(n)).build()));
    }

    @POST
    @Path("/{id}/recover")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send again every message that failed (schedule exhausted or 410) in a period",
            description = "Only failed messages: delivered ones are not sent again. " + KEY_DOC)
    @APIResponse(responseCode = "202", description = "Queued for delivery",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RecoveryRequests.Queued.class)))
    public Uni<Response> recover(@PathParam("id") UUID id,
                                 @Parameter(description = "Unique per recovery, e.g. a UUID", required = true)
                                 @HeaderParam(Idempotency.HEADER) String idempotencyKey,
                                 @Valid @NotNull RecoveryRequests.Recover request) {
        IdempotentRequest key = idempotency.request(idempotencyKey, "POST",
                "/v1/webhook-endpoints/" + id + "/recover", request);
        return idempotency.execute(key, () -> recovery.recoverFailed(id, request.since(), request.until())
                .map(n -> Response.accepted(new RecoveryRequests.Queued(n)).build()));
    }

    @POST
    @Path("/{id}/replay")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Deliver again exactly the events of a time range that the endpoint subscribes to",
            description = "Read from the service's own event log (every consumed event, kept for the payload "
                    + "retention), whether or not the endpoint had a message for it; at most 10000 events per call. "
                    + KEY_DOC)
    @APIResponse(responseCode = "202", description = "Queued for delivery",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RecoveryRequests.Queued.class)))
    public Uni<Response> replay(@PathParam("id") UUID id,
                                @Parameter(description = "Unique per replay, e.g. a UUID", required = true)
                                @HeaderParam(Idempotency.HEADER) String idempotencyKey,
                                @Valid @NotNull RecoveryRequests.Replay request) {
        IdempotentRequest key = idempotency.request(idempotencyKey, "POST",
                "/v1/webhook-endpoints/" + id + "/replay", request);
        return idempotency.execute(key, () -> recovery.replay(id, request.from(), request.to())
                .map(n -> Response.accepted(new RecoveryRequests.Queued(n)).build()));
    }

    @POST
    @Path("/{id}/test-events")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a test event of a type to this endpoint only",
            description = "The data is the first example of the type's JSON Schema in the event catalog (or built "
                    + "from the schema); signed and retried like any message, never replayed. " + KEY_DOC)
    @APIResponse(responseCode = "202", description = "The test event is queued for delivery",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RecoveryRequests.TestEventQueued.class)))
    public Uni<Response> testEvent(@PathParam("id") UUID id,
                                   @Parameter(description = "Unique per test event, e.g. a UUID", required = true)
                                   @HeaderParam(Idempotency.HEADER) String idempotencyKey,
                                   @Valid @NotNull RecoveryRequests.TestEvent request) {
        IdempotentRequest key = idempotency.request(idempotencyKey, "POST",
                "/v1/webhook-endpoints/" + id + "/test-events", request);
        return idempotency.execute(key, () -> recovery.sendTestEvent(id, request.type())
                .map(eventId -> Response.accepted(new RecoveryRequests.TestEventQueued(eventId)).build()));
    }
}
