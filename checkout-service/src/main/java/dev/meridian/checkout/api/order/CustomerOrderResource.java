package dev.meridian.checkout.api.order;

import dev.meridian.checkout.api.Callers;
import dev.meridian.checkout.api.cart.CartHttp;
import dev.meridian.checkout.domain.order.OrderEvent;
import dev.meridian.checkout.service.order.OrderAccess;
import dev.meridian.checkout.service.order.OrderLifecycleService;
import dev.meridian.checkout.service.order.OrderQueryService;
import dev.meridian.platform.security.CallerIdentity;
import dev.meridian.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The buyer's orders: a signed-in customer's by their token, a guest's by the cart token the order was placed with.
 * Another buyer's order is answered 404, as if it did not exist.
 */
@Path("/v1")
@Tag(name = "Orders")
@Produces(MediaType.APPLICATION_JSON)
public class CustomerOrderResource {

    private final OrderQueryService queries;
    private final OrderLifecycleService lifecycle;
    private final Callers callers;
    private final SecurityIdentity identity;

    public CustomerOrderResource(OrderQueryService queries, OrderLifecycleService lifecycle, Callers callers,
                                 SecurityIdentity identity) {
        this.queries = queries;
        this.lifecycle = lifecycle;
        this.callers = callers;
        this.identity = identity;
    }

    @GET
    @Path("/me/orders")
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "My orders, newest first", description = "Cursor pagination: pass the answer's next as cursor.")
    public Uni<OrderPageResponse> mine(@QueryParam("cursor") String cursor,
                                       @QueryParam("limit") @DefaultValue("20") int limit) {
        return queries.mine(CallerIdentity.subject(identity), cursor, limit).map(OrderPageResponse::of);
    }

    @GET
    @Path("/orders/{orderId}")
    @PermitAll
    @Operation(summary = "An order with its timeline",
            description = "For its buyer: the customer's bearer token, or for a guest the X-Cart-Token of the cart it "
                    + "was placed from. 404 for anyone else.")
    public Uni<OrderResponse> get(@PathParam("orderId") UUID orderId,
                                  @HeaderParam(CartHttp.TOKEN_HEADER) String token) {
        return access(token).chain(access -> queries.detail(orderId, access)).map(OrderDetails::of);
    }

    @POST
    @Path("/orders/{orderId}/cancel")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel my order before it is dispatched",
            description = "Releases the stock and the discount redemptions; payment voids the authorisation on "
                    + "order.cancelled. Idempotent: cancelling a cancelled order answers it again. 409 once a shipment "
                    + "has left. Not a creating POST (no Idempotency-Key).")
    public Uni<OrderResponse> cancel(@PathParam("orderId") UUID orderId, @HeaderParam(CartHttp.TOKEN_HEADER) String token,
                                     @Valid CancelRequest body) {
        String reason = body == null ? null : body.reason();
        return access(token).chain(access -> lifecycle.cancel(orderId, access,
                new OrderEvent.Cancelled(OrderEvent.Canceller.CUSTOMER, reason))).map(OrderResponse::of);
    }

    private Uni<OrderAccess> access(String token) {
        return callers.subject().map(subject -> OrderAccess.buyer(subject.orElse(null),
                token == null || token.isBlank() ? null : token.strip()));
    }
}
