package dev.meridian.checkout.api.order;

import dev.meridian.checkout.api.Callers;
import dev.meridian.checkout.api.cart.CartHttp;
import dev.meridian.checkout.service.order.PlaceOrderCommand;
import dev.meridian.checkout.service.order.PlaceOrderService;
import dev.meridian.platform.idempotency.Idempotency;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/carts/{cartId}/orders")
@Tag(name = "Orders", description = "Order placement, order history, the order lifecycle")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class OrderPlacementResource {

    private final PlaceOrderService placement;
    private final Idempotency idempotency;
    private final Callers callers;

    public OrderPlacementResource(PlaceOrderService placement, Idempotency idempotency, Callers callers) {
        this.placement = placement;
        this.idempotency = idempotency;
        this.callers = callers;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Place the cart's order at the confirmed quote",
            description = "Requires Idempotency-Key. Reserves the stock at fulfillment for the quote's TTL and creates "
                    + "the order AWAITING_PAYMENT with its number (order.placed is published). One order per cart: a "
                    + "retry with the same key answers the same order (201, Idempotent-Replayed: true) and reserves "
                    + "nothing again; the same key with another body answers 422; another key for the same cart "
                    + "answers 409 with the order id (reason cart-already-ordered or placement-in-progress); the same "
                    + "key while the first request still runs answers 409. An expired quote or a changed cart is "
                    + "quoted again: a different price answers 409 price-changed with the difference and the new "
                    + "quoteId to confirm. 409 insufficient-stock names the SKUs; 503 with Retry-After when "
                    + "fulfillment is unavailable (no order, no reservation).")
    public Uni<Response> place(
            @PathParam("cartId") UUID cartId,
            @Parameter(in = ParameterIn.HEADER, name = Idempotency.HEADER, required = true,
                    description = "a unique key per placement attempt, e.g. a UUID")
            @HeaderParam(Idempotency.HEADER) String key,
            @HeaderParam(CartHttp.TOKEN_HEADER) String token,
            @Valid @NotNull PlaceOrderRequest body) {
        return callers.subject().chain(subject -> {
            var request = idempotency.request(key, "POST", "/v1/carts/" + cartId + "/orders", body);
            var command = new PlaceOrderCommand(cartId, CartHttp.caller(subject.orElse(null), token), body.quoteId(),
                    request.scope(), request.key());
            return placement.place(command, create -> idempotency.execute(request, create),
                    placed -> Response.created(URI.create("/v1/orders/" + placed.order().id()))
                            .entity(OrderResponse.of(placed.order())).build());
        });
    }
}
