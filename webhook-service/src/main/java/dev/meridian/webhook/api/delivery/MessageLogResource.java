package dev.meridian.webhook.api.delivery;

import dev.meridian.platform.security.Roles;
import dev.meridian.webhook.api.support.Cursors;
import dev.meridian.webhook.api.support.Page;
import dev.meridian.webhook.api.support.QueryInstants;
import dev.meridian.webhook.service.log.DeliveryLogService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An endpoint's messages: where the delivery of each event stands (shares the endpoints' root path). */
@Path("/v1/webhook-endpoints")
@Tag(name = "Delivery log", description = "Every attempt with status, latency, answer excerpt and error")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INTEGRATION, Roles.MERCHANT_ADMIN})
public class MessageLogResource {

    private static final Set<String> STATUSES = Set.of("PENDING", "SENDING", "SUCCEEDED", "FAILED");

    private final DeliveryLogService log;

    public MessageLogResource(DeliveryLogService log) {
        this.log = log;
    }

    @GET
    @Path("/{id}/messages")
    @Operation(summary = "An endpoint's messages by status, event id and arrival time, in arrival order",
            description = "One message per event the endpoint gets: its status, attempts in the current cycle and "
                    + "next attempt. Cursor pagination: pass nextCursor back as cursor.")
    public Uni<Page<MessageResponse>> messages(
            @PathParam("id") UUID id,
            @QueryParam("status") @Parameter(description = "PENDING, SENDING, SUCCEEDED or FAILED") String status,
            @QueryParam("eventId") String eventId,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        int size = Cursors.limit(limit);
        String wanted = DeliveryLogResource.oneOf("status", status, STATUSES);
        return log.messages(id, wanted, DeliveryLogResource.blankToNull(eventId), QueryInstants.parse("from", from),
                        QueryInstants.parse("to", to), Cursors.decodeLong(cursor), size)
                .map(page -> new Page<>(page.stream().map(MessageResponse::of).toList(),
                        page.size() < size ? null : Cursors.encode(Long.toString(page.getLast().seq()))));
    }

}
