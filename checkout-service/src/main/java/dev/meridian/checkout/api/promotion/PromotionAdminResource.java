package dev.meridian.checkout.api.promotion;

import dev.meridian.checkout.service.promotion.PromotionService;
import dev.meridian.platform.idempotency.Idempotency;
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
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/admin/promotions")
@Tag(name = "Promotions", description = "Discount codes and automatic promotions (merchant admins)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.MERCHANT_ADMIN)
public class PromotionAdminResource {

    public record ActiveRequest(@NotNull Boolean active) {
    }

    private final PromotionService promotions;
    private final Idempotency idempotency;

    public PromotionAdminResource(PromotionService promotions, Idempotency idempotency) {
        this.promotions = promotions;
        this.idempotency = idempotency;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a promotion or discount code",
            description = "Requires Idempotency-Key: a retry with the same key and body answers the same promotion "
                    + "(Idempotent-Replayed: true) and creates nothing; the same key with another body answers 422. "
                    + "A code already in use answers 409.")
    public Uni<Response> create(
            @Parameter(in = ParameterIn.HEADER, name = Idempotency.HEADER, required = true,
                    description = "a unique key per promotion, e.g. a UUID") @HeaderParam(Idempotency.HEADER) String key,
            @Valid @NotNull PromotionRequest body) {
        var request = idempotency.request(key, "POST", "/v1/admin/promotions", body);
        var command = body.toCommand();
        return idempotency.execute(request, () -> promotions.create(command).map(p -> Response
                .created(URI.create("/v1/admin/promotions/" + p.id())).entity(PromotionResponse.of(p)).build()));
    }

    @GET
    @Operation(summary = "Promotions, newest first (at most 200)")
    public Uni<List<PromotionResponse>> list() {
        return promotions.list().map(all -> all.stream().map(PromotionResponse::of).toList());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One promotion", description = "404 when there is no such promotion.")
    public Uni<PromotionResponse> get(@PathParam("id") UUID id) {
        return promotions.get(id).map(PromotionResponse::of);
    }

    @PUT
    @Path("/{id}/active")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Switch a promotion on or off", description = "Idempotent. Carts see the change on their next read.")
    public Uni<PromotionResponse> setActive(@PathParam("id") UUID id, @Valid @NotNull ActiveRequest body) {
        return promotions.setActive(id, body.active()).map(PromotionResponse::of);
    }
}
