package dev.meridian.checkout.client.fulfillment;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Fulfillment's API as checkout calls it (docs/openapi/fulfillment-service.yaml), with a client-credentials token of
 * {@code meridian-services}. Answers ≥ 400 arrive as {@code WebApplicationException}s.
 */
@Path("/v1")
@RegisterRestClient(configKey = "fulfillment")
@OidcClientFilter
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface FulfillmentApi {

    @POST
    @Path("/shipping-quotes")
    Uni<FulfillmentWire.QuoteResponse> quote(FulfillmentWire.QuoteRequest request);

    /** Idempotent by order id at fulfillment; the key header says so to anything in between. */
    @POST
    @Path("/reservations")
    Uni<FulfillmentWire.Reservation> reserve(@HeaderParam("Idempotency-Key") String key,
                                             FulfillmentWire.ReserveRequest request);

    @POST
    @Path("/reservations/{id}/release")
    Uni<FulfillmentWire.Reservation> release(@PathParam("id") UUID id);

    @POST
    @Path("/reservations/{id}/confirm")
    Uni<FulfillmentWire.Reservation> confirm(@PathParam("id") UUID id);
}
