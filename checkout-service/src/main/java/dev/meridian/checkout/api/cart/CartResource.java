package dev.meridian.checkout.api.cart;

import dev.meridian.checkout.domain.cart.PricedCart;
import dev.meridian.checkout.service.cart.CartRef;
import dev.meridian.checkout.service.cart.CartService;
import dev.meridian.checkout.service.cart.CreateCartCommand;
import dev.meridian.platform.idempotency.Idempotency;
import dev.meridian.platform.security.Roles;
import dev.meridian.checkout.api.Callers;
import dev.meridian.checkout.service.cart.CartCaller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Carts for anonymous shoppers (unguessable id plus the {@code X-Cart-Token} returned at creation) and for signed-in
 * customers (their bearer token). Someone else's cart, or a wrong token, is answered 404 as if it did not exist.
 */
@Path("/v1/carts")
@Tag(name = "Carts", description = "Carts priced on the server from checkout's read model; no call to catalog")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class CartResource {

    private final CartService carts;
    private final Idempotency idempotency;
    private final Callers callers;

    public CartResource(CartService carts, Idempotency idempotency, Callers callers) {
        this.carts = carts;
        this.idempotency = idempotency;
        this.callers = callers;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a cart in a market",
            description = "Market, currency, locale and tax basis are fixed for the life of the cart. Anonymous: a new "
                    + "cart and its cartToken (returned this once; send it as X-Cart-Token on every cart request). "
                    + "Signed in: the customer's open cart in that market (200), or a new one (201). Requires "
                    + "Idempotency-Key (a fresh UUID per cart): a retry with the same key and body answers the same "
                    + "cart and token with Idempotent-Replayed: true; the same key with another body answers 422.")
    public Uni<Response> create(
            @Parameter(in = ParameterIn.HEADER, name = Idempotency.HEADER, required = true,
                    description = "a unique key per new cart, e.g. a UUID") @HeaderParam(Idempotency.HEADER) String key,
            @Valid @NotNull CreateCartRequest body) {
        return callers.subject().chain(subject -> {
            var request = idempotency.request(key, "POST", "/v1/carts", body);
            var command = new CreateCartCommand(body.market(), body.locale(), new CartCaller(subject.orElse(null), null));
            return idempotency.execute(request, () -> carts.create(command).map(created -> (created.created()
                            ? Response.created(URI.create("/v1/carts/" + created.cart().cart().id()))
                            : Response.ok())
                    .entity(CartResponse.of(created.cart(), created.token()))
                    .tag(String.valueOf(created.cart().cart().version())).build()));
        });
    }

    @GET
    @Path("/{cartId}")
    @Operation(summary = "The cart, priced now", description = "Totals are recomputed from today's prices and "
            + "promotions; warnings say what changed without the shopper (price changed, no longer sellable, stock "
            + "low, code not applicable). ETag is the cart's version. 404 for a cart that is not the caller's; 410 "
            + "for an expired cart.")
    public Uni<Response> get(@PathParam("cartId") UUID cartId, @HeaderParam(CartHttp.TOKEN_HEADER) String token) {
        return caller(token).chain(caller -> carts.get(cartId, caller)).map(CartResource::ok);
    }

    @PUT
    @Path("/{cartId}/lines/{sku}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set how many of a variant the cart holds (0 removes it)",
            description = "Idempotent (a PUT of the target quantity). A variant the cart's market does not sell is "
                    + "refused with 409 and a reason (not-published, blocked-by-compliance, out-of-stock, ...). Limits: "
                    + "units per line (400), lines and units per cart (409). With If-Match, a stale version answers "
                    + "412; without it, a concurrent change is retried on the server.")
    public Uni<Response> setLine(@PathParam("cartId") UUID cartId, @PathParam("sku") String sku,
                                 @HeaderParam(CartHttp.TOKEN_HEADER) String token,
                                 @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                 @Valid @NotNull QuantityRequest body) {
        return ref(cartId, token, ifMatch).chain(ref -> carts.setQuantity(ref, sku, body.quantity()))
                .map(CartResource::ok);
    }

    @DELETE
    @Path("/{cartId}/lines/{sku}")
    @Operation(summary = "Remove a variant from the cart", description = "Idempotent; If-Match as for setting a line.")
    public Uni<Response> removeLine(@PathParam("cartId") UUID cartId, @PathParam("sku") String sku,
                                    @HeaderParam(CartHttp.TOKEN_HEADER) String token,
                                    @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ref(cartId, token, ifMatch).chain(ref -> carts.removeLine(ref, sku)).map(CartResource::ok);
    }

    @PUT
    @Path("/{cartId}/discount-codes/{code}")
    @Operation(summary = "Apply a discount code",
            description = "Idempotent. A code that cannot apply at all (unknown-code, expired, usage-limit-reached, "
                    + "customer-limit-reached, sign-in-required, ...) answers 409 with its reason and is not kept. One "
                    + "that may apply once the cart changes (minimum-spend-not-reached, no-matching-items, outranked) "
                    + "is kept and listed with applied=false and its reason.")
    public Uni<Response> addCode(@PathParam("cartId") UUID cartId, @PathParam("code") String code,
                                 @HeaderParam(CartHttp.TOKEN_HEADER) String token,
                                 @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ref(cartId, token, ifMatch).chain(ref -> carts.addDiscountCode(ref, code)).map(CartResource::ok);
    }

    @DELETE
    @Path("/{cartId}/discount-codes/{code}")
    @Operation(summary = "Remove a discount code", description = "Idempotent.")
    public Uni<Response> removeCode(@PathParam("cartId") UUID cartId, @PathParam("code") String code,
                                    @HeaderParam(CartHttp.TOKEN_HEADER) String token,
                                    @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ref(cartId, token, ifMatch).chain(ref -> carts.removeDiscountCode(ref, code)).map(CartResource::ok);
    }

    @POST
    @Path("/{cartId}/merge")
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "After sign-in: bring the anonymous cart into the customer's cart",
            description = "Send the anonymous cart's X-Cart-Token with the customer's bearer token. Without an open "
                    + "customer cart in that market the anonymous cart becomes the customer's; otherwise quantities "
                    + "of the same variant add up (capped by the limits), other lines join while they fit, codes are "
                    + "combined, and the customer's e-mail and address win. Natural key: the anonymous cart; merging "
                    + "it again answers the same customer cart (no Idempotency-Key needed). 'notes' lists what did "
                    + "not fit.")
    public Uni<Response> merge(@PathParam("cartId") UUID cartId, @HeaderParam(CartHttp.TOKEN_HEADER) String token) {
        return caller(token).chain(caller -> carts.merge(cartId, caller.subject(), caller.cartToken()))
                .map(outcome -> Response.ok(Map.of(
                        "cart", CartResponse.of(outcome.cart()), "notes", outcome.notes()))
                .tag(String.valueOf(outcome.cart().cart().version())).build());
    }

    private Uni<CartRef> ref(UUID cartId, String token, String ifMatch) {
        Long version = CartHttp.ifMatch(ifMatch);
        return caller(token).map(caller -> new CartRef(cartId, caller, version));
    }

    private Uni<CartCaller> caller(String token) {
        return callers.subject().map(subject -> CartHttp.caller(subject.orElse(null), token));
    }

    static Response ok(PricedCart cart) {
        return Response.ok(CartResponse.of(cart)).tag(String.valueOf(cart.cart().version())).build();
    }

    static List<CartResponse> all(List<PricedCart> carts) {
        return carts.stream().map(CartResponse::of).toList();
    }
}
