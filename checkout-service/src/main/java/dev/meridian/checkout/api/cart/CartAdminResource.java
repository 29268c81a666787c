package dev.meridian.checkout.api.cart;

import dev.meridian.checkout.service.cart.CartAbandonment;
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

/** Operators can run the abandonment sweep now (e.g. after an outage) instead of waiting for the next tick. */
@Path("/v1/admin/carts")
@Tag(name = "Carts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.MERCHANT_ADMIN)
public class CartAdminResource {

    private final CartAbandonment abandonment;

    public CartAdminResource(CartAbandonment abandonment) {
        this.abandonment = abandonment;
    }

    @POST
    @Path("/report-abandoned")
    @Operation(summary = "Publish cart.abandoned for the carts abandoned by now",
            description = "Runs the sweep at once (it also runs on a schedule). Each cart is reported once (natural key: "
                    + "the cart), so running it again reports only carts abandoned since; answers how many.")
    public Uni<Map<String, Integer>> reportAbandoned() {
        return abandonment.sweep().map(n -> Map.of("reported", n));
    }
}
