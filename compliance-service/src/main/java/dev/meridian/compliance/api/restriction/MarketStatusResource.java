package dev.meridian.compliance.api.restriction;

import dev.meridian.compliance.domain.restriction.MarketStatus;
import dev.meridian.compliance.service.restriction.MarketStatusService;
import dev.meridian.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The last published market status of a product, for checkout's synchronous market check. */
@Path("/v1/products/{productId}/market-status")
@Tag(name = "Market restrictions")
@Produces(MediaType.APPLICATION_JSON)
public class MarketStatusResource {

    private final MarketStatusService statuses;

    public MarketStatusResource(MarketStatusService statuses) {
        this.statuses = statuses;
    }

    @GET
    @RolesAllowed({Roles.INTEGRATION, Roles.MERCHANT_ADMIN, Roles.ORDER_MANAGER, Roles.COMPLIANCE_OFFICER,
            Roles.CATALOG_EDITOR})
    @Operation(summary = "Market status of a product", description = "Per market: allowed, blocked (with the "
            + "restriction rules and missing certifications) or needs-review (protected terms found), as last evaluated "
            + "from catalog events and the current rules.")
    public Uni<List<MarketStatus>> get(@PathParam("productId") String productId) {
        return statuses.statuses(productId);
    }
}
