package dev.meridian.checkout.api.order;

import dev.meridian.checkout.service.order.OrderQueryService;
import dev.meridian.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The order change feed for ERPs: positions in commit order, so a reader never misses or repeats a change. */
@Path("/v1/order-changes")
@Tag(name = "Order change feed", description = "Every order change in commit order, for ERP and CRM integrations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INTEGRATION, Roles.ORDER_MANAGER, Roles.MERCHANT_ADMIN})
public class OrderFeedResource {

    public record Change(long position, String event, Instant at, OrderResponse order) {
    }

    public record Page(List<Change> changes, long next) {
    }

    private final OrderQueryService queries;

    public OrderFeedResource(OrderQueryService queries) {
        this.queries = queries;
    }

    @GET
    @Operation(summary = "Order changes after a position",
            description = "Start with after=0; pass the answer's next as after. Positions are handed out in the order "
                    + "the changes commit, so an ERP that was down for a day catches up from its last position without "
                    + "missing or repeating a change. Each change carries the order as it stands now.")
    public Uni<Page> changes(@QueryParam("after") @DefaultValue("0") long after,
                             @QueryParam("limit") @DefaultValue("100") int limit) {
        return queries.changes(after, limit).map(c -> new Page(c.changes().stream()
                .map(x -> new Change(x.position(), x.eventType(), x.at(), OrderResponse.of(x.order()))).toList(),
                c.next()));
    }
}
