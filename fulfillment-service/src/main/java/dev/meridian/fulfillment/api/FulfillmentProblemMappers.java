package dev.meridian.fulfillment.api;

import dev.meridian.fulfillment.domain.FulfillmentRuleViolation;
import dev.meridian.fulfillment.domain.StateConflict;
import dev.meridian.fulfillment.domain.stock.InsufficientStock;
import dev.meridian.platform.problem.Problem;
import dev.meridian.platform.problem.ProblemException;
import dev.meridian.platform.problem.ProblemResponses;
import dev.meridian.platform.problem.ProblemType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Domain failures as problem+json: broken rules are 400, state conflicts and missing stock 409. */
public class FulfillmentProblemMappers {

    @ServerExceptionMapper
    public Response rule(FulfillmentRuleViolation e, UriInfo uri) {
        return ProblemResponses.of(ProblemException.invalid(e.field(), e.getMessage()).problem(), path(uri));
    }

    @ServerExceptionMapper
    public Response state(StateConflict e, UriInfo uri) {
        return ProblemResponses.of(Problem.of(ProblemType.CONFLICT, e.getMessage()), path(uri));
    }

    @ServerExceptionMapper
    public Response stock(InsufficientStock e, UriInfo uri) {
        return ProblemResponses.of(Problem.of(ProblemType.CONFLICT, e.getMessage() + "; nothing was reserved")
                .with("insufficientSkus", e.skus()), path(uri));
    }

    private static String path(UriInfo uri) {
        return uri.getRequestUri().getRawPath();
    }
}
