package dev.meridian.catalog.api.product;

import dev.meridian.catalog.service.product.ProductService;
import io.smallrye.mutiny.Uni;
import dev.meridian.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A product by id as the catalog holds it, drafts and customs data included: for staff. Shoppers read products
 * through the storefront, which shows only what is visible in their market.
 */
@Path("/v1/products")
@Tag(name = "Products")
@Produces(MediaType.APPLICATION_JSON)
public class ProductResource {

    private final ProductService products;

    public ProductResource(ProductService products) {
        this.products = products;
    }

    @GET
    @RolesAllowed({Roles.CATALOG_EDITOR, Roles.MERCHANT_ADMIN})
    @Path("/{id}")
    @Operation(summary = "Get a product by id (staff)", description = "Roles catalog-editor and merchant-admin: the "
            + "product in any status, with HS code and origin. 401 without a token, 403 for other roles (a customer "
            + "reads /v1/markets/{market}/products/{handle}), 404 problem+json for an unknown id.")
    public Uni<ProductResponse> get(@PathParam("id") UUID id) {
        return products.get(id).map(v -> ProductResponse.of(v.product()));
    }
}
