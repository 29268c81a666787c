package dev.meridian.catalog.api.product;

import dev.meridian.catalog.service.product.ProductService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/products")
@Tag(name = "Products")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class ProductResource {

    private final ProductService products;

    public ProductResource(ProductService products) {
        this.products = products;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a product by id", description = "Public; answers 404 problem+json for an unknown id.")
    public Uni<ProductResponse> get(@PathParam("id") UUID id) {
        return products.get(id).map(v -> ProductResponse.of(v.product()));
    }
}
