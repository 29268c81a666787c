package dev.meridian.checkout.api.order;

import dev.meridian.checkout.domain.order.OrderEvent;
import dev.meridian.checkout.domain.order.OrderSearch;
import dev.meridian.checkout.domain.order.OrderStatus;
import dev.meridian.checkout.service.order.OrderAccess;
import dev.meridian.checkout.service.order.OrderLifecycleService;
import dev.meridian.checkout.service.order.OrderQueryService;
import dev.meridian.platform.failure.RuleViolation;
import dev.meridian.platform.idempotency.Idempotency;
import dev.meridian.platform.security.CallerIdentity;
import dev.meridian.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/admin/orders")
@Tag(name = "Orders (merchant)", description = "Order search, detail, cancellation and notes for order managers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ORDER_MANAGER, Roles.MERCHANT_ADMIN})
public class MerchantOrderResource {

    public record NoteRequest(@NotBlank @Size(max = 2000) String text) {
    }

    public record NoteResponse(UUID id, String author, String text, Instant createdAt) {
    }

    private final OrderQueryService queries;
    private final OrderLifecycleService lifecycle;
    private final Idempotency idempotency;
    private final SecurityIdentity identity;

    public MerchantOrderResource(OrderQueryService queries, OrderLifecycleService lifecycle, Idempotency idempotency,
                                 SecurityIdentity identity) {
        this.queries = queries;
        this.lifecycle = lifecycle;
        this.idempotency = idempotency;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "Search orders by status, market, date, e-mail or number",
            description = "Newest first; every given criterion must hold. placedFrom inclusive, placedBefore exclusive "
                    + "(ISO-8601 instants). Cursor pagination: pass the answer's next as cursor.")
    public Uni<OrderPageResponse> search(@QueryParam("status") String status, @QueryParam("market") String market,
                                         @QueryParam("placedFrom") String from,
                                         @QueryParam("placedBefore") String before,
                                         @QueryParam("email") String email, @QueryParam("number") String number,
                                         @QueryParam("cursor") String cursor,
                                         @QueryParam("limit") @DefaultValue("50") int limit) {
        OrderSearch search = new OrderSearch(status(status), blankToNull(market), instant(from, "placedFrom"),
                instant(before, "placedBefore"), blankToNull(email), blankToNull(number));
        return queries.search(search, cursor, limit).map(OrderPageResponse::of);
    }

    @GET
    @Path("/{orderId}")
    @Operation(summary = "An order with its timeline and notes", description = "404 when there is no such order.")
    public Uni<Response> get(@PathParam("orderId") UUID orderId) {
        return queries.detail(orderId, OrderAccess.staff(CallerIdentity.subject(identity))).map(d -> Response.ok(
                java.util.Map.of("order", OrderDetails.of(d), "notes", d.notes().stream()
                        .map(n -> new NoteResponse(n.id(), n.author(), n.text(), n.createdAt())).toList())).build());
    }

    @POST
    @Path("/{orderId}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel an order before it is dispatched",
            description = "As the buyer's cancel: releases stock and redemptions, order.cancelled tells payment to void. "
                    + "Idempotent; 409 once a shipment has left.")
    public Uni<OrderResponse> cancel(@PathParam("orderId") UUID orderId, @Valid CancelRequest body) {
        return lifecycle.cancel(orderId, OrderAccess.staff(CallerIdentity.subject(identity)),
                new OrderEvent.Cancelled(OrderEvent.Canceller.MERCHANT, body == null ? null : body.reason()))
                .map(OrderResponse::of);
    }

    @POST
    @Path("/{orderId}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a note to an order",
            description = "Requires Idempotency-Key: a retry with the same key and body answers the same note and adds "
                    + "none; the same key with another body answers 422.")
    public Uni<Response> addNote(
            @PathParam("orderId") UUID orderId,
            @Parameter(in = ParameterIn.HEADER, name = Idempotency.HEADER, required = true,
                    description = "a unique key per note, e.g. a UUID") @HeaderParam(Idempotency.HEADER) String key,
            @Valid @NotNull NoteRequest body) {
        var request = idempotency.request(key, "POST", "/v1/admin/orders/" + orderId + "/notes", body);
        String author = CallerIdentity.subject(identity);
        return idempotency.execute(request, () -> queries.addNote(orderId, author, body.text()).map(n -> Response
                .created(URI.create("/v1/admin/orders/" + orderId + "/notes/" + n.id()))
                .entity(new NoteResponse(n.id(), n.author(), n.text(), n.createdAt())).build()));
    }

    private static OrderStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return OrderStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("status", "must be one of " + List.of(OrderStatus.values()));
        }
    }

    private static Instant instant(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new RuleViolation(field, "must be an ISO-8601 instant such as 2026-12-01T00:00:00Z");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
