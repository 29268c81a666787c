package dev.meridian.webhook.api.delivery;

import dev.meridian.platform.failure.RuleViolation;
import dev.meridian.platform.security.Roles;
import dev.meridian.webhook.api.support.Cursors;
import dev.meridian.webhook.api.support.Page;
import dev.meridian.webhook.api.support.QueryInstants;
import dev.meridian.webhook.service.log.DeliveryLogService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/webhook-attempts")
@Tag(name = "Delivery log", description = "Every attempt with status, latency, answer excerpt and error")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INTEGRATION, Roles.MERCHANT_ADMIN})
public class DeliveryLogResource {

    private static final Set<String> OUTCOMES = Set.of("SUCCEEDED", "FAILED");

    private final DeliveryLogService log;

    public DeliveryLogResource(DeliveryLogService log) {
        this.log = log;
    }

    @GET
    @Operation(summary = "Delivery attempts by endpoint, event id, outcome and time range, oldest first",
            description = "Cursor pagination: pass nextCursor back as cursor. Times are RFC 3339; from is inclusive, "
                    + "to exclusive.")
    public Uni<Page<AttemptResponse>> attempts(
            @QueryParam("endpointId") UUID endpointId,
            @QueryParam("eventId") @Parameter(description = "The event id (= webhook-id)") String eventId,
            @QueryParam("outcome") @Parameter(description = "SUCCEEDED or FAILED") String outcome,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        int size = Cursors.limit(limit);
        String wanted = oneOf("outcome", outcome, OUTCOMES);
        return log.attempts(endpointId, blankToNull(eventId), wanted, QueryInstants.parse("from", from),
                        QueryInstants.parse("to", to), Cursors.decodeLong(cursor), size)
                .map(page -> new Page<>(page.stream().map(AttemptResponse::of).toList(),
                        page.size() < size ? null : Cursors.encode(Long.toString(page.getLast().id()))));
    }

    static String oneOf(String name, String value, Set<String> allowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String upper = value.trim().toUpperCase(Locale.ROOT);
        RuleViolation.require(allowed.contains(upper), name, "must be one of " + allowed);
        return upper;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
