package dev.meridian.compliance.api;

import dev.meridian.compliance.domain.tax.InvalidQuoteException;
import dev.meridian.platform.security.Roles;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Tax and duty quotes. Computed from the in-memory rules on the I/O thread and not stored: a quote is a pure
 * function of its request and the rules in force today, so checkout can repeat it at will (no Idempotency-Key).
 */
@Path("/v1/quotes")
@Tag(name = "Tax and duty quotes")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class QuoteResource {

    private final Rules rules;
    private final Clock clock;

    public QuoteResource(Rules rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    @POST
    @NonBlocking
    @RolesAllowed({Roles.INTEGRATION, Roles.MERCHANT_ADMIN, Roles.ORDER_MANAGER})
    @Operation(summary = "Quote tax and duty for a cart", description = "Per-line tax and duty with the rules applied "
            + "and an explanation; totals split into what is collected at checkout and what the buyer pays on delivery.")
    public QuoteResponse quote(@Valid @NotNull QuoteRequestBody body) {
        try {
            return QuoteResponse.of(rules.engine().quote(QuoteMapper.toDomain(body, LocalDate.now(clock))));
        } catch (InvalidQuoteException e) {
            throw QuoteMapper.problem(e);
        }
    }
}
