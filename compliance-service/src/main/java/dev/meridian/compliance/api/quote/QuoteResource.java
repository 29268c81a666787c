package dev.meridian.compliance.api.quote;

import dev.meridian.compliance.service.quote.QuoteService;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Tax and duty quotes, computed from the in-memory rules on the I/O thread and not stored: a quote is a pure function
 * of its request and the rules in force today, so checkout can repeat it at will (it creates nothing, hence no
 * Idempotency-Key). A request the rules cannot quote is the domain's {@code InvalidQuoteException}, a platform
 * RuleViolation: 400 naming the field.
 */
@Path("/v1/quotes")
@Tag(name = "Tax and duty quotes")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class QuoteResource {

    private final QuoteService quotes;

    public QuoteResource(QuoteService quotes) {
        this.quotes = quotes;
    }

    @POST
    @NonBlocking
    @RolesAllowed({Roles.INTEGRATION, Roles.MERCHANT_ADMIN, Roles.ORDER_MANAGER})
    @Operation(summary = "Quote tax and duty for a cart", description = "Per-line tax and duty with the rules applied "
            + "and an explanation; totals split into what is collected at checkout and what the buyer pays on delivery. "
            + "Nothing is stored: repeating the request is safe and needs no Idempotency-Key.")
    public QuoteResponse quote(@Valid @NotNull QuoteRequestBody body) {
        return QuoteResponse.of(quotes.quote(QuoteMapper.toDomain(body, quotes.taxDate())));
    }
}
