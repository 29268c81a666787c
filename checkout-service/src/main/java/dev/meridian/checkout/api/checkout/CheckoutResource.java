package dev.meridian.checkout.api.checkout;

import dev.meridian.checkout.api.Callers;
import dev.meridian.checkout.api.cart.CartHttp;
import dev.meridian.checkout.api.cart.CartResponse;
import dev.meridian.checkout.service.cart.CartCaller;
import dev.meridian.checkout.service.cart.CartRef;
import dev.meridian.checkout.service.cart.CartService;
import dev.meridian.checkout.service.checkout.CheckoutService;
import dev.meridian.platform.idempotency.Idempotency;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The checkout steps on a cart: e-mail, shipping address (validated per country), shipping options and choice, and
 * the checkout quote with its id and expiry. Same access rules as the cart (owner's bearer token or X-Cart-Token).
 */
@Path("/v1/carts/{cartId}")
@Tag(name = "Checkout", description = "Checkout steps and the price-locking quote")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class CheckoutResource {

    private final CartService carts;
    private final CheckoutService checkout;
    private final Callers callers;

    public CheckoutResource(CartService carts, CheckoutService checkout, Callers callers) {
        this.carts = carts;
        this.checkout = checkout;
        this.callers = callers;
    }

    @PUT
    @Path("/email")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the buyer's e-mail", description = "Idempotent. 400 naming email when it is not an address.")
    public Uni<Response> email(@PathParam("cartId") UUID cartId, @HeaderParam(CartHttp.TOKEN_HEADER) String token,
                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull EmailRequest body) {
        return ref(cartId, token, ifMatch).chain(ref -> carts.setEmail(ref, body.email())).map(CheckoutResource::cart);
    }

    @PUT
    @Path("/shipping-address")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the shipping address",
            description = "Idempotent. Validated for the country: required fields (region for US, CA, JP, AU) and the "
                    + "national postal-code format; a country not shipped to is refused. 400 names the field. A new "
                    + "address clears the chosen shipping service.")
    public Uni<Response> address(@PathParam("cartId") UUID cartId, @HeaderParam(CartHttp.TOKEN_HEADER) String token,
                                 @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                 @Valid @NotNull AddressRequest body) {
        return ref(cartId, token, ifMatch).chain(ref -> carts.setShippingAddress(ref, body.toDomain()))
                .map(CheckoutResource::cart);
    }

    @GET
    @Path("/shipping-options")
    @Operation(summary = "How the cart can be shipped to its address",
            description = "From fulfillment, priced in the market's currency, with delivery estimates and incoterms. "
                    + "503 with Retry-After when fulfillment is unavailable.")
    public Uni<List<ShippingOptionResponse>> options(@PathParam("cartId") UUID cartId,
                                                     @HeaderParam(CartHttp.TOKEN_HEADER) String token) {
        return caller(token).chain(caller -> checkout.shippingOptions(cartId, caller))
                .map(all -> all.stream().map(ShippingOptionResponse::of).toList());
    }

    @PUT
    @Path("/shipping-option")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose the shipping service",
            description = "Idempotent. Its price is confirmed by fulfillment when the checkout is quoted.")
    public Uni<Response> chooseShipping(@PathParam("cartId") UUID cartId,
                                        @HeaderParam(CartHttp.TOKEN_HEADER) String token,
                                        @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                        @Valid @NotNull ShippingChoiceRequest body) {
        return ref(cartId, token, ifMatch).chain(ref -> carts.setShippingService(ref, body.service()))
                .map(CheckoutResource::cart);
    }

    @POST
    @Path("/checkout-quotes")
    @Operation(summary = "Quote the checkout: the price the buyer confirms, with an id and an expiry",
            description = "Fulfillment prices the chosen shipping, the promotions apply with it, compliance quotes tax "
                    + "and duty (DDP when the service offers it, else DAP with the duty payable on delivery). Natural "
                    + "key: the cart at its version. While its quote is valid, asking again answers the same quote "
                    + "(200, Idempotent-Replayed: true) and calls nobody; a changed cart needs a new quote (201). 409 "
                    + "when the cart is not ready (checkout-incomplete, unsellable-lines); 503 with Retry-After when "
                    + "fulfillment or compliance is unavailable (nothing is stored).")
    public Uni<Response> quote(@PathParam("cartId") UUID cartId, @HeaderParam(CartHttp.TOKEN_HEADER) String token) {
        return caller(token).chain(caller -> checkout.quote(cartId, caller)).map(outcome -> {
            var body = QuoteResponse.of(outcome.quote());
            return outcome.created()
                    ? Response.created(URI.create("/v1/carts/" + cartId + "/checkout-quotes/" + outcome.quote().id()))
                            .entity(body).build()
                    : Response.ok(body).header(Idempotency.REPLAYED_HEADER, "true").build();
        });
    }

    @GET
    @Path("/checkout-quotes/{quoteId}")
    @Operation(summary = "A checkout quote of the cart", description = "404 for a quote of another cart.")
    public Uni<QuoteResponse> getQuote(@PathParam("cartId") UUID cartId, @PathParam("quoteId") UUID quoteId,
                                       @HeaderParam(CartHttp.TOKEN_HEADER) String token) {
        return caller(token).chain(caller -> checkout.get(cartId, quoteId, caller)).map(QuoteResponse::of);
    }

    private Uni<CartRef> ref(UUID cartId, String token, String ifMatch) {
        Long version = CartHttp.ifMatch(ifMatch);
        return caller(token).map(caller -> new CartRef(cartId, caller, version));
    }

    private Uni<CartCaller> caller(String token) {
        return callers.subject().map(subject -> CartHttp.caller(subject.orElse(null), token));
    }

    private static Response cart(dev.meridian.checkout.domain.cart.PricedCart priced) {
        return Response.ok(CartResponse.of(priced)).tag(String.valueOf(priced.cart().version())).build();
    }
}
