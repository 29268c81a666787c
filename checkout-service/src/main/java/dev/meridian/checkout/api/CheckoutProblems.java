package dev.meridian.checkout.api;

import dev.meridian.checkout.client.UpstreamUnavailable;
import dev.meridian.checkout.domain.cart.CartExpired;
import dev.meridian.checkout.domain.checkout.PriceChanged;
import dev.meridian.platform.problem.Problem;
import dev.meridian.platform.problem.ProblemResponses;
import dev.meridian.platform.problem.ProblemType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The problems checkout answers that the platform's vocabulary has no status or type for: an expired cart is 410
 * Gone, a changed price is 409 {@code price-changed}, and a dependency that is down is 503 with {@code Retry-After}
 * (the platform's 503 has no header).
 */
public class CheckoutProblems {

    @ServerExceptionMapper
    public Response expired(CartExpired e, UriInfo uri) {
        return ProblemResponses.of(Problem.of(ProblemType.GONE, e.getMessage()), uri.getRequestUri().getRawPath());
    }

    /** 409 with its own type, so a storefront can switch on it and show the new total to confirm. */
    @ServerExceptionMapper
    public Response priceChanged(PriceChanged e, UriInfo uri) {
        Problem problem = new Problem(URI.create(ProblemType.BASE_URI + "price-changed"), "The price has changed", 409,
                e.getMessage(), uri.getRequestUri().getRawPath(), List.of(), e.details());
        return ProblemResponses.of(problem);
    }

    @ServerExceptionMapper
    public Response upstream(UpstreamUnavailable e, UriInfo uri) {
        Problem problem = Problem.of(ProblemType.UPSTREAM_UNAVAILABLE, e.dependency()
                + " is unavailable; nothing was changed, retry later").with("dependency", e.dependency())
                .withInstance(uri.getRequestUri().getRawPath());
        return ProblemResponses.builder(problem).header("Retry-After", e.retryAfterSeconds()).build();
    }
}
