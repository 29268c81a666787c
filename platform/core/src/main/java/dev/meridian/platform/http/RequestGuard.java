package dev.meridian.platform.http;

import dev.meridian.platform.json.ControlCharacters;
import dev.meridian.platform.problem.Problem;
import dev.meridian.platform.problem.ProblemResponses;
import dev.meridian.platform.problem.ProblemType;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Refuses, before routing, requests no resource should have to look at, with a problem+json body rather than the
 * bare status the HTTP server would give: a request target that is too long (414), a bad percent-escape or a
 * control character in the path or query (400: PostgreSQL refuses NUL in text, which used to surface as a 500),
 * and a body larger than its route allows (413, from the declared Content-Length, so nothing is read).
 * It also renders the server's own 413 (a chunked body over {@code quarkus.http.limits.max-body-size}) as a problem.
 */
@ApplicationScoped
public class RequestGuard {

    /** Runs before CORS, authentication and the REST layer. */
    static final int ORDER = -10_000;

    @Inject
    HttpLimitsConfig config;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::guard);
        router.errorHandler(413, ctx -> respond(ctx, Problem.of(ProblemType.PAYLOAD_TOO_LARGE,
                "the body is larger than this endpoint accepts")));
    }

    void guard(RoutingContext ctx) {
        String uri = ctx.request().uri();
        if (uri.length() > config.maxUriLength()) {
            respond(ctx, Problem.of(ProblemType.URI_TOO_LONG,
                    "the request target is longer than " + config.maxUriLength() + " characters"));
            return;
        }
        int query = uri.indexOf('?');
        String rawPath = query < 0 ? uri : uri.substring(0, query);
        Problem bad = checkPart("path", rawPath);
        if (bad == null && query >= 0) {
            bad = checkQuery(uri.substring(query + 1));
        }
        if (bad != null) {
            respond(ctx, bad);
            return;
        }
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            long limit = BodyLimits.limitFor(config, ctx.normalizedPath());
            long declared;
            try {
                declared = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                respond(ctx, Problem.of(ProblemType.MALFORMED_REQUEST, "Content-Length is not a number"));
                return;
            }
            if (declared > limit) {
                respond(ctx, Problem.of(ProblemType.PAYLOAD_TOO_LARGE,
                        "the body has " + declared + " bytes; this endpoint accepts at most " + limit)
                        .with("maxBytes", limit));
                return;
            }
        }
        ctx.next();
    }

    private static Problem checkQuery(String rawQuery) {
        for (String pair : rawQuery.split("&", -1)) {
            int eq = pair.indexOf('=');
            String rawName = eq < 0 ? pair : pair.substring(0, eq);
            Problem bad = checkPart("query", rawName);
            if (bad == null && eq >= 0) {
                String name = decodeOrNull(rawName);
                bad = checkPart(name == null || name.isEmpty() ? "query" : name, pair.substring(eq + 1));
            }
            if (bad != null) {
                return bad;
            }
        }
        return null;
    }

    /** {@code null} when the part decodes and holds no control character. */
    private static Problem checkPart(String field, String raw) {
        String decoded = decodeOrNull(raw);
        if (decoded == null) {
            return Problem.of(ProblemType.MALFORMED_REQUEST, field + ": malformed percent-escape")
                    .with("errors", List.of(new Problem.Violation(field, "malformed percent-escape")));
        }
        int at = ControlCharacters.indexOfAnyControl(decoded);
        if (at >= 0) {
            String message = "must not contain control characters (U+%04X)".formatted((int) decoded.charAt(at));
            return Problem.of(ProblemType.VALIDATION, field + ": " + message, List.of(new Problem.Violation(field, message)));
        }
        return null;
    }

    private static String decodeOrNull(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        try {
            // '+' is not decoded to a space here: only escapes matter for what this checks.
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static void respond(RoutingContext ctx, Problem problem) {
        if (ctx.response().ended()) {
            return;
        }
        String path = ctx.request().path();
        String body = ProblemResponses.json(problem.instance() == null && path != null && path.length() <= 512
                && ControlCharacters.indexOfAnyControl(path) < 0 ? problem.withInstance(path) : problem);
        ctx.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(body);
    }
}
