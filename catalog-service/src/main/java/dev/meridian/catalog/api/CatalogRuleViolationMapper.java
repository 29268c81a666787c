package dev.meridian.catalog.api;

import dev.meridian.catalog.domain.CatalogRuleViolation;
import dev.meridian.platform.problem.ProblemException;
import dev.meridian.platform.problem.ProblemResponses;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Domain rule violations are client errors naming the field. */
public class CatalogRuleViolationMapper {

    @ServerExceptionMapper
    public Response map(CatalogRuleViolation e, UriInfo uri) {
        return ProblemResponses.of(ProblemException.invalid(e.field(), e.getMessage()).problem(),
                uri.getRequestUri().getRawPath());
    }
}
