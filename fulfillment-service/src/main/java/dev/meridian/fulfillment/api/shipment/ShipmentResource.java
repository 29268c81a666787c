package dev.meridian.fulfillment.api.shipment;

import dev.meridian.fulfillment.service.shipment.CreateShipmentCommand;
import dev.meridian.fulfillment.service.shipment.ShipmentService;
import dev.meridian.platform.failure.DomainFailure;
import dev.meridian.platform.idempotency.Idempotency;
import dev.meridian.platform.idempotency.IdempotentRequest;
import dev.meridian.platform.problem.ProblemException;
import dev.meridian.platform.problem.ProblemType;
import dev.meridian.platform.security.Roles;
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
import org.jboss.logging.Logger;

@Path("/v1/admin/shipments")
@Tag(name = "Shipments (admin)", description = "Shipments, labels and dispatch, for order managers")
@Produces(MediaType.APPLICATION_JSON)
public class ShipmentResource {

    private static final String PATH = "/v1/admin/shipments";
    private static final Logger LOG = Logger.getLogger(ShipmentResource.class);

    private final ShipmentService shipments;
    private final Idempotency idempotency;

    public ShipmentResource(ShipmentService shipments, Idempotency idempotency) {
        this.shipments = shipments;
        this.idempotency = idempotency;
    }

    /**
     * Two steps: the shipment is stored under the Idempotency-Key (so a retry finds it instead of creating a
     * second one), then its label is bought outside the transaction. A retry whose first attempt stopped in
     * between buys the missing label; the carrier is idempotent by shipment id, so no second label is bought.
     */
    @RolesAllowed({Roles.ORDER_MANAGER, Roles.MERCHANT_ADMIN})
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a shipment and buy its label",
            description = "Requires an Idempotency-Key: a retry with the same key and body answers with the same "
                    + "shipment (Idempotent-Replayed: true) and never buys a second label; the same key with another "
                    + "body answers 422. 201 with state label-created, or label-failed (with stateReason) when the "
                    + "carrier refused or did not answer after the retries; retry with POST .../label. 503 when "
                    + "the shipment was stored but its label purchase broke: a retry with the same key finishes it.")
    public Uni<Response> create(
            @Parameter(description = "Unique per shipment being created, e.g. a UUID", required = true)
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull CreateShipmentRequest request) {
        IdempotentRequest key = idempotency.request(idempotencyKey, "POST", PATH, request);
        CreateShipmentCommand command = request.toCommand();
        return idempotency.execute(key, () -> shipments.create(command)
                        .map(s -> Response.created(URI.create(PATH + "/" + s.id())).entity(ShipmentResponse.of(s))
                                .build()))
                .chain(stored -> {
                    UUID id = idOf(stored);
                    return shipments.labelIfAwaiting(id)
                            .map(s -> Response.fromResponse(stored).entity(ShipmentResponse.of(s)).build())
                            .onFailure(failure -> !(failure instanceof DomainFailure || failure instanceof ProblemException))
                            .transform(failure -> labelPending(id, failure));
                });
    }

    /** The shipment is stored by now: a failure must say so, not promise that nothing changed. */
    private static ProblemException labelPending(UUID id, Throwable failure) {
        LOG.warnf(failure, "shipment %s stored, label purchase failed", id);
        return ProblemException.of(ProblemType.UPSTREAM_UNAVAILABLE, "shipment " + id + " was stored, but buying its "
                + "label failed; retry with the same Idempotency-Key (or POST " + PATH + "/" + id + "/label) to buy it");
    }

    /** The shipment a stored or fresh creation answer names (its Location ends with the id). */
    private static UUID idOf(Response created) {
        String path = created.getLocation().getPath();
        return UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
    }

    @RolesAllowed({Roles.ORDER_MANAGER, Roles.MERCHANT_ADMIN})
    @GET
    @Path("/{id}")
    @Operation(summary = "A shipment with its state, tracking number, parcels and customs data",
            description = "404 when there is no such shipment.")
    public Uni<ShipmentResponse> get(@PathParam("id") UUID id) {
        return shipments.get(id).map(ShipmentResponse::of);
    }

    @RolesAllowed({Roles.ORDER_MANAGER, Roles.MERCHANT_ADMIN})
    @POST
    @Path("/{id}/label")
    @Operation(summary = "Retry buying the label (idempotent by shipment id at the carrier)",
            description = "For a shipment awaiting a label or in label-failed; the carrier sees the shipment id as idempotency key, so a retry never creates a second label. Other states are answered unchanged.")
    public Uni<ShipmentResponse> label(@PathParam("id") UUID id) {
        return shipments.buyLabel(id).map(ShipmentResponse::of);
    }

    @RolesAllowed({Roles.ORDER_MANAGER, Roles.MERCHANT_ADMIN})
    @POST
    @Path("/{id}/dispatch")
    @Operation(summary = "Hand the parcels to the carrier; emits shipment.dispatched",
            description = "The units allocated to the order at the shipping location leave on-hand stock now (ADR 031). Idempotent: a dispatched shipment is answered unchanged. 409 when the shipment has no label yet.")
    public Uni<ShipmentResponse> dispatch(@PathParam("id") UUID id) {
        return shipments.dispatch(id).map(ShipmentResponse::of);
    }
}
