package dev.meridian.fulfillment.api.returns;

import dev.meridian.fulfillment.service.returns.OpenReturnCommand;
import dev.meridian.fulfillment.service.returns.ReceiveOutcome;
import dev.meridian.fulfillment.service.returns.Requester;
import dev.meridian.fulfillment.service.returns.ReturnService;
import dev.meridian.platform.idempotency.Idempotency;
import dev.meridian.platform.idempotency.IdempotentRequest;
import dev.meridian.platform.problem.ProblemException;
import dev.meridian.platform.problem.ProblemType;
import dev.meridian.platform.security.CallerIdentity;
import dev.meridian.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1")
@Tag(name = "Returns", description = "Returns (RMA) within the market's withdrawal window")
@Produces(MediaType.APPLICATION_JSON)
public class ReturnResource {

    private final ReturnService returns;
    private final SecurityIdentity identity;
    private final Idempotency idempotency;

    public ReturnResource(ReturnService returns, SecurityIdentity identity, Idempotency idempotency) {
        this.returns = returns;
        this.identity = identity;
        this.idempotency = idempotency;
    }

    @POST
    @Path("/returns")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CUSTOMER, Roles.ORDER_MANAGER, Roles.MERCHANT_ADMIN})
    @Operation(summary = "Open a return for delivered lines within the market's withdrawal window",
            description = "Goes to the market's local return hub when one is configured, else to the origin. Requires "
                    + "an Idempotency-Key: a retry with the same key and body replays the first response (one "
                    + "return); the same key with another body answers 422.")
    public Uni<Response> open(
            @Parameter(description = "Unique per return being opened, e.g. a UUID", required = true)
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull OpenReturnRequest request) {
        IdempotentRequest key = idempotency.request(idempotencyKey, "POST", "/v1/returns", request);
        OpenReturnCommand command = request.toCommand();
        Requester requester = requester();
        return idempotency.execute(key, () -> returns.open(command, requester)
                .map(r -> Response.created(URI.create("/v1/returns/" + r.id())).entity(ReturnResponse.of(r)).build()));
    }

    @GET
    @Path("/returns/{id}")
    @Operation(summary = "A return with its lines, destination and status",
            description = "Customers see only their own returns (404 otherwise).")
    @RolesAllowed({Roles.CUSTOMER, Roles.ORDER_MANAGER, Roles.MERCHANT_ADMIN})
    public Uni<ReturnResponse> get(@PathParam("id") UUID id) {
        return returns.get(id, requester()).map(ReturnResponse::of);
    }

    @POST
    @Path("/admin/returns/{id}/receive")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ORDER_MANAGER, Roles.MERCHANT_ADMIN})
    @Operation(summary = "Record the return as received; restocks sellable units and emits return.received",
            description = "Each line's condition decides whether its units go back to available stock; the event lets payment refund. Idempotent by the return id (a natural key): receiving it again with the same conditions answers 200 with the same return and Idempotent-Replayed: true (restocked once, one event); with other conditions 422.")
    public Uni<Response> receive(@PathParam("id") UUID id, ReceiveReturnRequest request) {
        return returns.receive(id, request == null ? null : request.conditions()).map(outcome -> switch (outcome) {
            case ReceiveOutcome.Received r -> Response.ok(ReturnResponse.of(r.returnCase())).build();
            case ReceiveOutcome.Replayed r -> Response.ok(ReturnResponse.of(r.returnCase()))
                    .header(Idempotency.REPLAYED_HEADER, "true").build();
            case ReceiveOutcome.Mismatch m -> throw ProblemException.of(ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "return " + id + " was already received with other conditions; nothing was changed");
        });
    }

    /** One customer identity everywhere: the token's {@code sub}, never the (changeable) user name. */
    private Requester requester() {
        boolean staff = identity.hasRole(Roles.ORDER_MANAGER) || identity.hasRole(Roles.MERCHANT_ADMIN);
        return new Requester(CallerIdentity.subject(identity), staff);
    }
}
