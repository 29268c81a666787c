package dev.meridian.catalog.api;

import dev.meridian.platform.idempotency.Idempotency;
import dev.meridian.platform.idempotency.IdempotentRequest;
import dev.meridian.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/admin/products")
@Tag(name = "Products (admin)")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AdminProductResource {

    private final ProductService products;
    private final Idempotency idempotency;

    public AdminProductResource(ProductService products, Idempotency idempotency) {
        this.products = products;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.CATALOG_EDITOR, Roles.MERCHANT_ADMIN})
    @Operation(summary = "Create a product", description = "Requires an Idempotency-Key; a retry with the same key "
            + "and body replays the first response.")
    public Uni<Response> create(
            @Parameter(description = "Unique per creation attempt, e.g. a UUID", required = true)
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull CreateProductRequest request) {
        IdempotentRequest key = idempotency.request(idempotencyKey, "POST", "/v1/admin/products", request);
        return idempotency.execute(key, () -> products.create(request)
                .map(product -> Response.created(URI.create("/v1/products/" + product.id()))
                        .entity(ProductResponse.of(product)).build()));
    }
}
