package dev.meridian.catalog.api.demo;

import dev.meridian.catalog.config.DemoDataConfig;
import dev.meridian.catalog.service.demo.DemoDataService;
import dev.meridian.platform.idempotency.Idempotency;
import dev.meridian.platform.idempotency.IdempotentRequest;
import dev.meridian.platform.problem.ProblemException;
import dev.meridian.platform.problem.ProblemType;
import dev.meridian.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Seeds demo data: markets EU/UK/US/JP/AU, FX rates from EUR, and N products × V variants with de/en/fr/ja text,
 * published to every market. Product SKUs are DEMO-{n}, so seeding twice creates no product twice. Only where
 * {@code catalog.demo-data.enabled} is on (the dev, test and demo profiles): elsewhere the endpoint answers 404.
 */
@Path("/v1/admin/demo-data")
@Tag(name = "Demo data (admin)")
@Produces(MediaType.APPLICATION_JSON)
public class DemoDataResource {

    private final DemoDataService demo;
    private final Idempotency idempotency;
    private final DemoDataConfig config;

    public DemoDataResource(DemoDataService demo, Idempotency idempotency, DemoDataConfig config) {
        this.demo = demo;
        this.idempotency = idempotency;
        this.config = config;
    }

    @POST
    @RolesAllowed(Roles.MERCHANT_ADMIN)
    @Operation(summary = "Seed demo markets, FX rates and products (dev, test and demo environments only)",
            description = "Creates what is missing of the EU, UK, US, JP and AU markets, their FX rates and N products "
                    + "with V colour variants in de/en/fr/ja, published to every market; existing markets and rates "
                    + "are left as they are and a product whose SKU exists is skipped (counted in skipped). Any other "
                    + "failure of a product answers its problem. Role merchant-admin; 404 where demo data is off "
                    + "(production). Requires an Idempotency-Key: a retry with the same key replays the first answer.")
    public Uni<Response> seed(
            @Parameter(description = "Unique per seeding, e.g. a UUID", required = true)
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @QueryParam("products") Integer count, @QueryParam("variants") Integer variants) {
        if (!config.enabled()) {
            throw ProblemException.of(ProblemType.NOT_FOUND, "there is no demo data in this environment");
        }
        int n = count == null ? 50 : count;
        int v = variants == null ? 3 : variants;
        IdempotentRequest key = idempotency.request(idempotencyKey, "POST", "/v1/admin/demo-data",
                Map.of("products", n, "variants", v));
        return idempotency.execute(key, () -> demo.seed(n, v).map(seeded -> Response.ok(seeded).build()));
    }
}
