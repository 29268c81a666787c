package dev.meridian.fulfillment.api.reservation;

import dev.meridian.fulfillment.service.reservation.ReservationService;
import dev.meridian.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operators can run the expiry sweep now (e.g. after an outage) instead of waiting for the next tick. */
@Path("/v1/admin/reservations")
@Tag(name = "Reservations")
@Produces(MediaType.APPLICATION_JSON)
public class ReservationAdminResource {

    private final ReservationService reservations;

    public ReservationAdminResource(ReservationService reservations) {
        this.reservations = reservations;
    }

    @RolesAllowed(Roles.MERCHANT_ADMIN)
    @POST
    @Path("/expire-due")
    @Operation(summary = "Release every hold whose TTL has passed, now",
            description = "Runs the expiry sweep at once (it also runs on a schedule) and answers how many reservations expired.")
    public Uni<Map<String, Integer>> expireDue() {
        return reservations.expireDue().map(n -> Map.of("expired", n));
    }
}
