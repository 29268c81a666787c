package dev.meridian.fulfillment.api.stock;

import dev.meridian.fulfillment.service.stock.AdjustStockCommand;
import dev.meridian.fulfillment.service.stock.RegisterSkuCommand;
import dev.meridian.fulfillment.service.stock.StockAdminService;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1")
@Tag(name = "Stock")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class StockAdminResource {

    private final StockAdminService stock;
    private final Idempotency idempotency;

    public StockAdminResource(StockAdminService stock, Idempotency idempotency) {
        this.stock = stock;
        this.idempotency = idempotency;
    }

    @PUT
    @Path("/admin/skus/{sku}")
    @Operation(summary = "Register or update a SKU's shipping and customs data",
            description = "Weight, HS code, country of origin and description; 201 when new, 200 when updated. Idempotent by the SKU in the path (a PUT replaces). SKUs are also registered from catalog product events.")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.INTEGRATION})
    public Uni<Response> putSku(@PathParam("sku") String sku, @Valid @NotNull SkuRequest request) {
        return stock.putSku(new RegisterSkuCommand(sku, request.weightGrams(), request.hsCode(),
                        request.originCountry(), request.description()))
                .map(created -> Response.status(created ? 201 : 200).build());
    }

    @PUT
    @Path("/admin/locations/{code}")
    @Operation(summary = "Create or replace a stock location",
            description = "Origin, warehouse (destination countries served, priority, cut-off, handling days) or return hub. At most one origin per country (409). Idempotent by the code in the path (a PUT replaces). Routing uses the change at once.")
    @RolesAllowed(Roles.MERCHANT_ADMIN)
    public Uni<LocationResponse> putLocation(@PathParam("code") String code, @Valid @NotNull LocationRequest request) {
        return stock.putLocation(request.toLocation(code)).map(LocationResponse::of);
    }

    @GET
    @Path("/admin/locations")
    @Operation(summary = "All stock locations",
            description = "Origin, warehouses and return hubs with the destination countries they serve.")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.ORDER_MANAGER, Roles.INTEGRATION})
    public Uni<List<LocationResponse>> locations() {
        return stock.locations().map(all -> all.stream().map(LocationResponse::of).toList());
    }

    @POST
    @Path("/admin/stock/adjustments")
    @Operation(summary = "Adjust on-hand stock of a SKU at a location",
            description = "A positive delta for received goods, negative for shrinkage; 400 when it would go below zero or below the reserved units (nothing changed). Emits stock.changed. Requires an Idempotency-Key: a retry with the same key and body replays the first answer and applies the delta once; the same key with another body answers 422.")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.INTEGRATION})
    public Uni<Response> adjust(
            @Parameter(description = "Unique per adjustment, e.g. a UUID", required = true)
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull AdjustmentRequest request) {
        IdempotentRequest key = idempotency.request(idempotencyKey, "POST", "/v1/admin/stock/adjustments", request);
        AdjustStockCommand command = new AdjustStockCommand(request.sku(), request.location(), request.delta(),
                request.reason());
        return idempotency.execute(key, () -> stock.adjust(command)
                .map(level -> Response.ok(StockLevelResponse.of(level)).build()));
    }

    @GET
    @Path("/stock/{sku}")
    @Operation(summary = "Stock levels of a SKU at every location",
            description = "On hand, reserved (holds and allocations), allocated and available per location.")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.ORDER_MANAGER, Roles.INTEGRATION})
    public Uni<List<StockLevelResponse>> levels(@PathParam("sku") String sku) {
        return stock.levels(sku).map(all -> all.stream().map(StockLevelResponse::of).toList());
    }
}
