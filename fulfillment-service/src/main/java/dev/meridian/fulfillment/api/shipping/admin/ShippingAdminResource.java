package dev.meridian.fulfillment.api.shipping.admin;

import dev.meridian.fulfillment.service.shipping.admin.ShippingAdminService;
import dev.meridian.fulfillment.service.shipping.admin.ShippingConfigCommands;
import dev.meridian.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Merchant-maintained shipping configuration; every change is live for the next quote. */
// Not "/v1/admin": JAX-RS matches the longest class path first, which would hide StockAdminResource's /v1/admin/...
@Path("/v1/admin/shipping")
@Tag(name = "Shipping configuration (admin)", description = "Zones, carrier services, rate tables and market policies")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ShippingAdminResource {

    private final ShippingAdminService admin;

    public ShippingAdminResource(ShippingAdminService admin) {
        this.admin = admin;
    }

    @RolesAllowed(Roles.MERCHANT_ADMIN)
    @GET
    @Operation(summary = "The shipping configuration in use",
            description = "Zones, services, rate tables and markets exactly as quotes and reservations use them now.")
    public Uni<ShippingConfigResponse> current() {
        return admin.current().map(ShippingConfigResponse::of);
    }

    @RolesAllowed(Roles.MERCHANT_ADMIN)
    @PUT
    @Path("/zones/{code}")
    @Operation(summary = "Create or replace a shipping zone",
            description = "A zone is a set of ISO 3166-1 alpha-2 countries sharing rates. Unknown countries, or countries "
                    + "already in another zone, are refused with 400 and nothing is stored. Answers the new configuration.")
    public Uni<ShippingConfigResponse> putZone(@PathParam("code") String code, @Valid @NotNull ZoneRequest request) {
        return admin.putZone(new ShippingConfigCommands.PutZone(code, request.countries()))
                .map(ShippingConfigResponse::of);
    }

    @RolesAllowed(Roles.MERCHANT_ADMIN)
    @PUT
    @Path("/services/{code}")
    @Operation(summary = "Create or replace a carrier service",
            description = "Carrier, kind (ECONOMY, EXPRESS, LOCAL), transit days, supported incoterms (DDP, DAP) and "
                    + "whether the market's free-shipping threshold applies to it. Answers the new configuration.")
    public Uni<ShippingConfigResponse> putService(@PathParam("code") String code,
                                                  @Valid @NotNull ServiceRequest request) {
        return admin.putService(new ShippingConfigCommands.PutService(code, request.carrier(), request.name(),
                        request.kind(), request.transitDaysMin(), request.transitDaysMax(), request.incoterms(),
                        request.freeShippingEligible()))
                .map(ShippingConfigResponse::of);
    }

    @RolesAllowed(Roles.MERCHANT_ADMIN)
    @PUT
    @Path("/rates/{service}/{zone}/{currency}")
    @Operation(summary = "Create or replace a rate table",
            description = "Prices of one service to one zone in one currency, by weight bands (grams) or order-value "
                    + "bands (minor units). Overlapping bands, negative prices, an unknown service, zone or currency "
                    + "are refused with 400 and nothing is stored. The next quote uses the new rates.")
    public Uni<ShippingConfigResponse> putRateTable(@PathParam("service") String service,
                                                    @PathParam("zone") String zone,
                                                    @PathParam("currency") String currency,
                                                    @Valid @NotNull RateTableRequest request) {
        return admin.putRateTable(new ShippingConfigCommands.PutRateTable(service, zone, currency, request.basis(),
                        request.bands().stream().map(b -> new ShippingConfigCommands.PutRateTable.Band(b.upTo(),
                                b.price())).toList()))
                .map(ShippingConfigResponse::of);
    }

    @RolesAllowed(Roles.MERCHANT_ADMIN)
    @DELETE
    @Path("/rates/{service}/{zone}/{currency}")
    @Operation(summary = "Delete a rate table",
            description = "The service is no longer offered to that zone in that currency. 404 when there is no such table.")
    public Uni<ShippingConfigResponse> deleteRateTable(@PathParam("service") String service,
                                                       @PathParam("zone") String zone,
                                                       @PathParam("currency") String currency) {
        return admin.deleteRateTable(service, zone, currency).map(ShippingConfigResponse::of);
    }

    @RolesAllowed(Roles.MERCHANT_ADMIN)
    @PUT
    @Path("/markets/{code}")
    @Operation(summary = "Create or replace a market's fulfillment policy",
            description = "Currency, free-shipping threshold (absent: never free), withdrawal window in days after "
                    + "delivery, local return hub (a RETURN_HUB location; create hubs with PUT /v1/admin/locations) "
                    + "and time zone. Answers the new configuration.")
    public Uni<ShippingConfigResponse> putMarket(@PathParam("code") String code, @Valid @NotNull MarketRequest request) {
        return admin.putMarket(new ShippingConfigCommands.PutMarket(code, request.currency(),
                        request.freeShippingThreshold(), request.withdrawalDays(), request.returnHub(),
                        request.timeZone()))
                .map(ShippingConfigResponse::of);
    }
}
