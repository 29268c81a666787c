package dev.meridian.catalog.api;

import dev.meridian.catalog.domain.FxRate;
import dev.meridian.catalog.domain.Market;
import dev.meridian.catalog.domain.RoundingRule;
import dev.meridian.catalog.persistence.CategoryStore;
import dev.meridian.catalog.persistence.FxRateStore;
import dev.meridian.catalog.persistence.MarketStore;
import dev.meridian.platform.money.Money;
import dev.meridian.platform.problem.ProblemException;
import dev.meridian.platform.security.Roles;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/admin")
@Tag(name = "Markets, FX and categories (admin)")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CATALOG_EDITOR, Roles.MERCHANT_ADMIN})
public class AdminMarketResource {

    public record MarketBody(@NotEmpty List<String> countries, @NotBlank String currency, @NotEmpty List<String> locales,
                             boolean taxInclusive, RoundingRule rounding, boolean fxDerived) {
    }

    public record FxRateBody(@NotBlank String base, @NotBlank String quote, @NotNull BigDecimal rate,
                             @NotNull Instant effectiveFrom) {
    }

    public record CategoryBody(UUID parentId, @NotEmpty Map<String, String> name) {
    }

    private final MarketStore markets;
    private final FxRateStore fx;
    private final CategoryStore categories;
    private final ListingRefresher listings;

    public AdminMarketResource(MarketStore markets, FxRateStore fx, CategoryStore categories, ListingRefresher listings) {
        this.listings = listings;
        this.markets = markets;
        this.fx = fx;
        this.categories = categories;
    }

    @PUT
    @Path("/markets/{code}")
    @WithTransaction
    @Operation(summary = "Create or replace a market", description = "Countries served, currency, locales (default first), whether prices are stated tax-inclusive, the rounding rule for derived prices and whether FX-derived pricing is on. Role merchant-admin.")
    public Uni<Market> putMarket(@PathParam("code") String code, @Valid @NotNull MarketBody body) {
        Market market = Market.of(code, body.countries(), body.currency(), body.locales(), body.taxInclusive(),
                body.rounding(), body.fxDerived());
        return markets.upsert(market).replaceWith(market);
    }

    @GET
    @Path("/markets")
    @Operation(summary = "List all markets", description = "Every market with its currency, locales, tax-inclusive flag and rounding rule.")
    public Uni<List<Market>> listMarkets() {
        return markets.all();
    }

    @POST
    @Path("/fx-rates")
    @Operation(summary = "Add a dated FX rate (rates are never edited; a correction is a newer rate)",
            description = "List filters and price sorting in the markets priced in the quote currency follow within "
                    + "moments (their stored \"price from\" is recomputed in the background).")
    public Uni<Response> addRate(@Valid @NotNull FxRateBody body) {
        FxRate rate = new FxRate(Money.currencyOf(body.base()), Money.currencyOf(body.quote()), body.rate(),
                body.effectiveFrom());
        return Panache.withTransaction(() -> fx.add(rate))
                .invoke(() -> listings.refreshInBackground(rate.quote().getCurrencyCode()))
                .replaceWith(Response.status(201).entity(body).build());
    }

    @POST
    @Path("/categories")
    @WithTransaction
    @Operation(summary = "Add a category under a parent (or at the root)", description = "Names are localized (BCP 47 tag to text). List filters by a category include its subcategories.")
    public Uni<Response> addCategory(@Valid @NotNull CategoryBody body) {
        UUID id = UUID.randomUUID();
        Map<String, String> name = new dev.meridian.catalog.domain.LocalizedText(body.name()).values();
        Uni<Boolean> parentOk = body.parentId() == null ? Uni.createFrom().item(true) : categories.exists(body.parentId());
        return parentOk.chain(ok -> {
            if (!ok) {
                throw ProblemException.invalid("parentId", "no category " + body.parentId());
            }
            return categories.insert(id, body.parentId(), name);
        }).replaceWith(() -> Response.status(201).entity(Map.of("id", id, "name", name)).build());
    }
}
