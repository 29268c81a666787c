package dev.meridian.catalog.api.market;

import dev.meridian.catalog.domain.market.Market;
import dev.meridian.catalog.domain.pricing.FxRate;
import dev.meridian.catalog.service.market.CategoryService;
import dev.meridian.catalog.service.market.MarketService;
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

@Path("/v1/admin")
@Tag(name = "Markets, FX and categories (admin)")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AdminMarketResource {

    private final MarketService markets;
    private final CategoryService categories;
    private final Idempotency idempotency;

    public AdminMarketResource(MarketService markets, CategoryService categories, Idempotency idempotency) {
        this.markets = markets;
        this.categories = categories;
        this.idempotency = idempotency;
    }

    @PUT
    @RolesAllowed({Roles.CATALOG_EDITOR, Roles.MERCHANT_ADMIN})
    @Path("/markets/{code}")
    @Operation(summary = "Create or replace a market", description = "Countries served, currency, locales (default first), whether prices are stated tax-inclusive, the rounding rule for derived prices and whether FX-derived pricing is on. Role merchant-admin.")
    public Uni<Market> putMarket(@PathParam("code") String code, @Valid @NotNull MarketRequest body) {
        return markets.put(body.toMarket(code));
    }

    @GET
    @RolesAllowed({Roles.CATALOG_EDITOR, Roles.MERCHANT_ADMIN})
    @Path("/markets")
    @Operation(summary = "List all markets", description = "Every market with its currency, locales, tax-inclusive flag and rounding rule.")
    public Uni<List<Market>> listMarkets() {
        return markets.all();
    }

    @POST
    @RolesAllowed({Roles.CATALOG_EDITOR, Roles.MERCHANT_ADMIN})
    @Path("/fx-rates")
    @Operation(summary = "Add a dated FX rate (rates are never edited; a correction is a newer rate)",
            description = "Requires an Idempotency-Key; a retry with the same key and body replays the first response "
                    + "and adds no second rate. List filters and price sorting in the markets priced in the quote "
                    + "currency follow within moments (their stored \"price from\" is recomputed in the background).")
    public Uni<Response> addRate(
            @Parameter(description = "Unique per rate added, e.g. a UUID", required = true)
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull FxRateRequest body) {
        FxRate rate = body.toFxRate();
        IdempotentRequest key = idempotency.request(idempotencyKey, "POST", "/v1/admin/fx-rates", body);
        return idempotency.execute(key, () -> markets.addRate(rate).map(added -> Response.status(201).entity(body).build()))
                .invoke(() -> markets.rateCommitted(rate));
    }

    @POST
    @RolesAllowed({Roles.CATALOG_EDITOR, Roles.MERCHANT_ADMIN})
    @Path("/categories")
    @Operation(summary = "Add a category under a parent (or at the root)", description = "Requires an Idempotency-Key; "
            + "a retry with the same key and body replays the first response and adds no second category. Names are "
            + "localized (BCP 47 tag to text). List filters by a category include its subcategories.")
    public Uni<Response> addCategory(
            @Parameter(description = "Unique per category added, e.g. a UUID", required = true)
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull CategoryRequest body) {
        IdempotentRequest key = idempotency.request(idempotencyKey, "POST", "/v1/admin/categories", body);
        return idempotency.execute(key, () -> categories.add(body.parentId(), body.name())
                .map(category -> Response.status(201).entity(CategoryResponse.of(category)).build()));
    }
}
