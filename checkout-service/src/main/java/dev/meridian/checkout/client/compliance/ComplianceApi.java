package dev.meridian.checkout.client.compliance;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** Compliance's quote API (docs/openapi/compliance-service.yaml), called with a {@code meridian-services} token. */
@Path("/v1")
@RegisterRestClient(configKey = "compliance")
@OidcClientFilter
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface ComplianceApi {

    @POST
    @Path("/quotes")
    Uni<ComplianceWire.QuoteResponse> quote(ComplianceWire.QuoteRequest request);
}
