package dev.meridian.catalog.api.product;

import dev.meridian.catalog.service.product.PriceService;
import dev.meridian.catalog.service.product.ProductService;
import dev.meridian.catalog.service.product.PublicationService;
import dev.meridian.platform.idempotency.Idempotency;
import dev.meridian.platform.idempotency.IdempotentRequest;
import dev.meridian.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/admin/products")
@Tag(name = "Products (admin)")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AdminProductResource {

    private final ProductService products;
    private final PriceService prices;
    private final PublicationService publications;
    private final Idempotency idempotency;

    public AdminProductResource(ProductService products, PriceService prices, PublicationService publications,
                                Idempotency idempotency) {
        this.products = products;
        this.prices = prices;
        this.publications = publications;
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
        return idempotency.execute(key, () -> products.create(ProductCommands.of(request))
                .map(product -> Response.created(URI.create("/v1/products/" + product.id()))
                        .entity(ProductResponse.of(product)).build()));
    }

    @GET
    @RolesAllowed({Roles.CATALOG_EDITOR, Roles.MERCHANT_ADMIN})
    @Path("/{id}")
    @Operation(summary = "Read a product for editing; the ETag is what PUT's If-Match must name", description = "The full admin view of a product, all locales and variants, with its version as a strong ETag.")
    public Uni<Response> get(@PathParam("id") UUID id) {
        return products.get(id).map(v -> Response.ok(ProductResponse.of(v.product(), v.version()))
                .tag(Preconditions.etag(v.version())).build());
    }

    @PUT
    @RolesAllowed({Roles.CATALOG_EDITOR, Roles.MERCHANT_ADMIN})
    @Path("/{id}")
    @Operation(summary = "Replace a product's editable state", description = "Requires If-Match with the ETag read: "
            + "428 without it, 412 when someone else changed the product meanwhile, 409 when a concurrent edit with "
            + "the same ETag won the race.")
    public Uni<Response> update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                @Valid @NotNull CreateProductRequest request) {
        long expected = Preconditions.expectedVersion(ifMatch);
        return products.update(id, expected, ProductCommands.of(request))
                .map(v -> Response.ok(ProductResponse.of(v.product(), v.version()))
                        .tag(Preconditions.etag(v.version())).build());
    }

    @PUT
    @RolesAllowed({Roles.CATALOG_EDITOR, Roles.MERCHANT_ADMIN})
    @Path("/{id}/prices/{sku}/{market}")
    @Operation(summary = "Set the explicit price of a variant in a market (as the market states prices)", description = "An explicit price wins over the FX-derived one; compare-at and a sale price with a validity window are optional. The currency must be the market's. Emits price.changed.")
    public Uni<Response> price(@PathParam("id") UUID id, @PathParam("sku") String sku, @PathParam("market") String market,
                               @Valid @NotNull PriceRequest body) {
        return prices.setPrice(id, body.toMarketPrice(sku, market)).map(s -> Response.noContent().build());
    }

    @PUT
    @RolesAllowed({Roles.CATALOG_EDITOR, Roles.MERCHANT_ADMIN})
    @Path("/{id}/markets/{market}")
    @Operation(summary = "Publish or unpublish a product in a market", description = "A product is visible in a market only when it is active, published there and not blocked by compliance. Emits product.published or product.unpublished.")
    public Uni<Response> publish(@PathParam("id") UUID id, @PathParam("market") String market,
                                 @Valid @NotNull PublicationRequest body) {
        return publications.setPublished(id, market, body.published()).map(s -> Response.noContent().build());
    }
}
