package dev.meridian.fulfillment.api.shipping;

import dev.meridian.fulfillment.service.shipping.ShippingQuoteService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public: shipping costs are shown to shoppers before checkout, so nothing surprises them later. */
@Path("/v1/shipping-quotes")
@Tag(name = "Shipping", description = "Shipping quotes for shoppers")
public class ShippingQuoteResource {

    private final ShippingQuoteService quotes;

    public ShippingQuoteResource(ShippingQuoteService quotes) {
        this.quotes = quotes;
    }

    @PermitAll
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Shipping options with price (market currency), delivery estimate and incoterms",
            description = "Give the parcel weight or the lines (SKU weights are summed). Free shipping applies at or above the market's threshold to eligible services; local delivery is offered when a warehouse serving the market holds every line. A computation that stores nothing: safe to retry, so no Idempotency-Key.")
    public Uni<QuoteResponse> quote(@Valid @NotNull QuoteRequestBody request) {
        return quotes.quote(request.toCommand()).map(QuoteResponse::of);
    }
}
