package dev.meridian.platform.http;

import dev.meridian.platform.problem.Problem;
import dev.meridian.platform.problem.ProblemType;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Cross-origin browser access, per environment (issue 9, item 11): a storefront on its own origin may call the
 * public and customer APIs when its origin is listed in {@code meridian.http.cors.origins}; the admin APIs
 * ({@code /v1/admin/**}) answer browsers only from {@code meridian.http.cors.admin-origins}, empty by default.
 * A request without {@code Origin} (servers, curl) is not a CORS request and passes untouched. Quarkus's own CORS
 * filter stays off: it has one origin list for every path.
 */
@ApplicationScoped
public class CorsPolicy {

    static final String ADMIN_PREFIX = "/v1/admin";
    private static final String ALLOWED_HEADERS =
            "Authorization, Content-Type, Idempotency-Key, If-Match, If-None-Match, X-Cart-Token";
    private static final String EXPOSED_HEADERS = "ETag, Location, Retry-After, Idempotent-Replayed, RateLimit-Limit, "
            + "RateLimit-Remaining, RateLimit-Reset";
    private static final String METHODS = "GET, HEAD, POST, PUT, PATCH, DELETE";

    @Inject
    HttpLimitsConfig config;

    void install(@Observes Router router) {
        router.route().order(RequestGuard.ORDER + 1).handler(this::handle);
    }

    void handle(RoutingContext ctx) {
        String origin = ctx.request().getHeader(HttpHeaders.ORIGIN);
        if (origin == null) {
            ctx.next();
            return;
        }
        String path = ctx.normalizedPath();
        boolean admin = path != null && (path.equals(ADMIN_PREFIX) || path.startsWith(ADMIN_PREFIX + "/"));
        List<String> allowed = (admin ? config.cors().adminOrigins() : config.cors().origins()).orElse(List.of());
        boolean permitted = allowed.contains(origin) || allowed.contains("*");
        boolean preflight = ctx.request().method() == HttpMethod.OPTIONS
                && ctx.request().getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null;
        if (!permitted) {
            if (preflight) {
                RequestGuard.respond(ctx, Problem.of(ProblemType.FORBIDDEN,
                        "origin " + excerpt(origin) + " may not call this API from a browser"));
                return;
            }
            // The browser withholds the response from the page without the allow header; the server still answers.
            ctx.next();
            return;
        }
        ctx.response().putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin)
                .putHeader(HttpHeaders.VARY, "Origin");
        if (preflight) {
            ctx.response().putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, METHODS)
                    .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, ALLOWED_HEADERS)
                    .putHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, String.valueOf(config.cors().maxAgeSeconds()))
                    .setStatusCode(204).end();
            return;
        }
        ctx.response().putHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED_HEADERS);
        ctx.next();
    }

    private static String excerpt(String origin) {
        return origin.length() <= 100 ? origin : origin.substring(0, 100) + "…";
    }
}
