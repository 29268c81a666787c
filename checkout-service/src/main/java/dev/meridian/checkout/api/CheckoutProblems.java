package dev.meridian.checkout.api;

import dev.meridian.checkout.client.UpstreamUnavailable;
import dev.meridian.checkout.domain.cart.CartExpired;
import dev.meridian.platform.problem.Problem;
import dev.meridian.platform.problem.ProblemResponses;
import dev.meridian.platform.problem.ProblemType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The two problems checkout answers that the platform's vocabulary has no status for: an expired cart is 410 Gone,
 * and a dependency that is down is 503 with {@code Retry-After} (the platform's 503 has no header).
 */
public class CheckoutProblems {

    @ServerExceptionMapper
    public Response expired(CartExpired e, UriInfo uri) {
        return ProblemResponses.of(Problem.of(ProblemType.GONE, e.getMessage()), uri.getRequestUri().getRawPath());
    }

    @ServerExceptionMapper
    public Response upstream(UpstreamUnavailable e, UriInfo uri) {
        Problem problem = Problem.of(ProblemType.UPSTREAM_UNAVAILABLE, e.dependency()
                + " is unavailable; nothing was changed, retry later").with("dependency", e.dependency())
                .withInstance(uri.getRequestUri().getRawPath());
        return ProblemResponses.builder(problem).header("Retry-After", e.retryAfterSeconds()).build();
    }
}
