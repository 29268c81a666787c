package dev.meridian.fulfillment.api.shipment;

import dev.meridian.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/admin/shipments")
@Tag(name = "Shipments (admin)", description = "Shipments, labels and dispatch, for order managers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ORDER_MANAGER, Roles.MERCHANT_ADMIN})
public class ShipmentResource {

    private final ShipmentService shipments;

    public ShipmentResource(ShipmentService shipments) {
        this.shipments = shipments;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a shipment and buy its label",
            description = "201 with state label-created, or label-failed (with stateReason) when the carrier refused "
                    + "or did not answer after the retries; retry with POST .../label.")
    public Uni<Response> create(@Valid @NotNull CreateShipmentRequest request) {
        return shipments.create(request).map(s -> Response.created(URI.create("/v1/admin/shipments/" + s.id()))
                .entity(ShipmentResponse.of(s)).build());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A shipment with its state, tracking number, parcels and customs data",
            description = "404 when there is no such shipment.")
    public Uni<ShipmentResponse> get(@PathParam("id") UUID id) {
        return shipments.get(id).map(ShipmentResponse::of);
    }

    @POST
    @Path("/{id}/label")
    @Operation(summary = "Retry buying the label (idempotent by shipment id at the carrier)",
            description = "For a shipment awaiting a label or in label-failed; the carrier sees the same idempotency key, so a retry never creates a second label. Other states are answered unchanged.")
    public Uni<ShipmentResponse> label(@PathParam("id") UUID id) {
        return shipments.buyLabel(id).map(ShipmentResponse::of);
    }

    @POST
    @Path("/{id}/dispatch")
    @Operation(summary = "Hand the parcels to the carrier; emits shipment.dispatched",
            description = "The units allocated to the order at the shipping location leave on-hand stock now (ADR 031). 409 when the shipment has no label yet.")
    public Uni<ShipmentResponse> dispatch(@PathParam("id") UUID id) {
        return shipments.dispatch(id).map(ShipmentResponse::of);
    }
}
