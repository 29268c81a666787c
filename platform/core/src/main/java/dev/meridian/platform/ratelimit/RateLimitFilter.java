package dev.meridian.platform.ratelimit;

import dev.meridian.platform.problem.Problem;
import dev.meridian.platform.problem.ProblemResponses;
import dev.meridian.platform.problem.ProblemType;
import dev.meridian.platform.security.CallerIdentity;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Counts each request against the client's bucket before the resource runs; over the limit the answer is 429
 * problem+json with {@code Retry-After}. The client is the verified token's subject; a request without a valid token
 * is counted by its address, so neither scrapers nor credential stuffing can spread over fake identities.
 */
public class RateLimitFilter {

    private static final String DECISION = RateLimitFilter.class.getName() + ".decision";

    @Inject
    RateLimiter limiter;

    @Inject
    CurrentIdentityAssociation identities;

    @ServerRequestFilter(priority = 100)
    public Uni<Response> limit(ContainerRequestContext request, HttpServerRequest http) {
        String path = request.getUriInfo().getPath();
        String method = request.getMethod();
        if (limiter.policyFor(method, path).isEmpty()) {
            return Uni.createFrom().nullItem();
        }
        String address = http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
        return identities.getDeferredIdentity()
                .onFailure().recoverWithNull()
                .map(identity -> limiter.take(method, path, client(identity, address))
                        .map(decision -> {
                            request.setProperty(DECISION, decision);
                            return decision.allowed() ? null : tooMany(decision);
                        })
                        .orElse(null));
    }

    /** Every answer of a limited route tells the client where it stands (the headers the OpenAPI documents state). */
    @ServerResponseFilter
    public void headers(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(DECISION) instanceof RateLimiter.Decision decision && decision.allowed()) {
            response.getHeaders().putSingle("RateLimit-Limit", decision.limit());
            response.getHeaders().putSingle("RateLimit-Remaining", decision.remaining());
            response.getHeaders().putSingle("RateLimit-Reset", decision.resetSeconds());
        }
    }

    private static String client(SecurityIdentity identity, String address) {
        return identity == null || identity.isAnonymous() ? "address:" + address
                : "subject:" + CallerIdentity.subject(identity);
    }

    private static Response tooMany(RateLimiter.Decision decision) {
        return ProblemResponses.builder(Problem.of(ProblemType.TOO_MANY_REQUESTS,
                        "too many requests; retry after " + decision.retryAfterSeconds() + " s"))
                .header("Retry-After", decision.retryAfterSeconds())
                .header("RateLimit-Limit", decision.limit())
                .header("RateLimit-Remaining", 0)
                .header("RateLimit-Reset", decision.retryAfterSeconds())
                .build();
    }
}
