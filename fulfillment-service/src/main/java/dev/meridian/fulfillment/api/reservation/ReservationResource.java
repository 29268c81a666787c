package dev.meridian.fulfillment.api.reservation;

import dev.meridian.fulfillment.service.reservation.ReservationOutcome;
import dev.meridian.fulfillment.service.reservation.ReservationService;
import dev.meridian.fulfillment.service.reservation.ReserveCommand;
import dev.meridian.platform.idempotency.Idempotency;
import dev.meridian.platform.problem.ProblemException;
import dev.meridian.platform.problem.ProblemType;
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

@Path("/v1/reservations")
@Tag(name = "Reservations", description = "Stock held for orders: all lines or none, idempotent by order id")
@Produces(MediaType.APPLICATION_JSON)
public class ReservationResource {

    private final ReservationService reservations;

    public ReservationResource(ReservationService reservations) {
        this.reservations = reservations;
    }

    @RolesAllowed({Roles.INTEGRATION, Roles.ORDER_MANAGER, Roles.MERCHANT_ADMIN})
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reserve stock for an order, all lines or none",
            description = "Idempotent by orderId, a natural key that takes the place of an Idempotency-Key: 201 the "
                    + "first time; a retry with the same body answers 201 with the same reservation and "
                    + "Idempotent-Replayed: true (nothing reserved twice); the same orderId with other lines, market "
                    + "or TTL answers 422 idempotency-key-reused. 409 when the stock is not there (nothing reserved).")
    public Uni<Response> reserve(@Valid @NotNull ReserveRequest request) {
        return reservations.reserve(request.toCommand()).map(outcome -> switch (outcome) {
            case ReservationOutcome.Created created -> created(created).build();
            case ReservationOutcome.Replayed replayed -> created(replayed)
                    .header(Idempotency.REPLAYED_HEADER, "true").build();
            case ReservationOutcome.Mismatch mismatch -> throw ProblemException.of(ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "order " + request.orderId() + " already has a reservation with " + mismatch.difference()
                            + "; a new order needs a new orderId");
        });
    }

    private static Response.ResponseBuilder created(ReservationOutcome outcome) {
        return Response.created(URI.create("/v1/reservations/" + outcome.reservation().id()))
                .entity(ReservationResponse.of(outcome.reservation()));
    }

    @RolesAllowed({Roles.INTEGRATION, Roles.ORDER_MANAGER, Roles.MERCHANT_ADMIN})
    @GET
    @Path("/{id}")
    @Operation(summary = "A reservation with its lines, locations, routing decision and status",
            description = "404 when there is no such reservation.")
    public Uni<ReservationResponse> get(@PathParam("id") UUID id) {
        return reservations.get(id).map(ReservationResponse::of);
    }

    @RolesAllowed({Roles.INTEGRATION, Roles.ORDER_MANAGER, Roles.MERCHANT_ADMIN})
    @POST
    @Path("/{id}/confirm")
    @Operation(summary = "Turn the hold into an allocation (the order is paid)",
            description = "The units stay on hand and unavailable until the order's shipment is dispatched (ADR 031). Idempotent; 409 when the hold has expired or was released.")
    public Uni<ReservationResponse> confirm(@PathParam("id") UUID id) {
        return reservations.confirm(id).map(ReservationResponse::of);
    }

    @RolesAllowed({Roles.INTEGRATION, Roles.ORDER_MANAGER, Roles.MERCHANT_ADMIN})
    @POST
    @Path("/{id}/release")
    @Operation(summary = "Give the held units back (payment refused, order cancelled)",
            description = "The units become available again at once. Idempotent; 409 for a confirmed reservation (its units are allocated).")
    public Uni<ReservationResponse> release(@PathParam("id") UUID id) {
        return reservations.release(id).map(ReservationResponse::of);
    }
}
