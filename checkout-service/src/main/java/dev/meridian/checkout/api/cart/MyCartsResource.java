package dev.meridian.checkout.api.cart;

import dev.meridian.checkout.service.cart.CartService;
import dev.meridian.platform.security.CallerIdentity;
import dev.meridian.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/me/carts")
@Tag(name = "Carts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CUSTOMER)
public class MyCartsResource {

    private final CartService carts;
    private final SecurityIdentity identity;

    public MyCartsResource(CartService carts, SecurityIdentity identity) {
        this.carts = carts;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "The signed-in customer's open carts (one per market)", description = "Priced now, newest first.")
    public Uni<List<CartResponse>> mine() {
        return carts.openCartsOf(CallerIdentity.subject(identity)).map(CartResource::all);
    }
}
