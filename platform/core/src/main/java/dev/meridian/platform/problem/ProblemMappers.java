package dev.meridian.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.meridian.platform.failure.DomainFailure;
import dev.meridian.platform.json.BoundExceededException;
import dev.meridian.platform.json.ControlCharacters;
import dev.meridian.platform.money.CurrencyMismatchException;
import dev.meridian.platform.money.InvalidMoneyException;
import dev.meridian.platform.money.InvalidMoneyJsonException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error a Meridian service returns is problem+json with a stable type. Nothing internal leaks:
 * unexpected failures get an error id that is logged with the stack trace.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return ProblemResponses.of(e.problem(), path(uri));
    }

    @ServerExceptionMapper
    public Response domain(DomainFailure e, UriInfo uri) {
        return ProblemResponses.of(KnownFailures.of(e), path(uri));
    }

    @ServerExceptionMapper
    public Response violations(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(FieldPaths.of(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        String detail = violations.stream().map(v -> v.field() + ": " + v.message())
                .reduce((a, b) -> a + "; " + b).orElse("invalid request");
        return ProblemResponses.of(Problem.of(ProblemType.VALIDATION, detail, violations), path(uri));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, UriInfo uri) {
        return ProblemResponses.of(Problem.of(ProblemType.MALFORMED_REQUEST,
                "the body is not valid JSON: " + e.getOriginalMessage()), path(uri));
    }

    @ServerExceptionMapper
    public Response invalidMoney(InvalidMoneyJsonException e, UriInfo uri) {
        String field = FieldPaths.of(e.getPath());
        String fullField = "body".equals(field) ? e.moneyField() : field + "." + e.moneyField();
        return ProblemResponses.of(Problem.of(ProblemType.VALIDATION, fullField + ": " + e.getOriginalMessage(),
                List.of(new Problem.Violation(fullField, e.getOriginalMessage()))), path(uri));
    }

    /** Any other failure to read the body as JSON (a limit such as nesting depth or number length exceeded). */
    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException mapping) {
            return unmappableJson(mapping, uri);
        }
        return ProblemResponses.of(Problem.of(ProblemType.MALFORMED_REQUEST,
                "the body is not acceptable JSON: " + e.getOriginalMessage()), path(uri));
    }

    /** Named explicitly: Quarkus ships a mapper for this subtype that answers 500 with an empty body. */
    @ServerExceptionMapper
    public Response invalidDefinition(InvalidDefinitionException e, UriInfo uri) {
        return unmappableJson(e, uri);
    }

    /** Named explicitly: Quarkus ships a mapper for this subtype that would otherwise win. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return unmappableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unmappableJson(JsonMappingException e, UriInfo uri) {
        if (e instanceof InvalidMoneyJsonException money) {
            return invalidMoney(money, uri);
        }
        if (e.getCause() instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException limit) {
            return unreadableJson(limit, uri);
        }
        if (String.valueOf(e.getOriginalMessage()).startsWith("Unexpected end-of-input")) {
            return ProblemResponses.of(Problem.of(ProblemType.MALFORMED_REQUEST,
                    "the body is not valid JSON: it ends unexpectedly"), path(uri));
        }
        String field = FieldPaths.of(e.getPath());
        String original = String.valueOf(e.getOriginalMessage());
        String message = e instanceof UnrecognizedPropertyException ? "unknown field"
                : original.startsWith("Cannot map `null` into type") ? "is required"
                : e instanceof InvalidNullException ? "must not be null"
                : e instanceof BoundExceededException ? original
                : e instanceof InvalidFormatException f && ControlCharacters.EXCERPT.equals(f.getValue())
                        ? "must not contain control characters: " + original
                : "has the wrong type or format";
        return ProblemResponses.of(Problem.of(ProblemType.VALIDATION, field + ": " + message,
                List.of(new Problem.Violation(field, message))), path(uri));
    }

    @ServerExceptionMapper
    public Response invalidMoneyValue(InvalidMoneyException e, UriInfo uri) {
        return ProblemResponses.of(Problem.of(ProblemType.VALIDATION, e.getMessage(),
                List.of(new Problem.Violation(e.field(), e.getMessage()))), path(uri));
    }

    @ServerExceptionMapper
    public Response currencyMismatch(CurrencyMismatchException e, UriInfo uri) {
        return ProblemResponses.of(Problem.of(ProblemType.VALIDATION, e.getMessage(),
                List.of(new Problem.Violation("currency", e.getMessage()))), path(uri));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        Problem problem = Problem.of(ProblemType.UNAUTHORIZED, "a valid bearer token is required");
        return ProblemResponses.builder(problem.withInstance(path(uri)))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return ProblemResponses.of(Problem.of(ProblemType.FORBIDDEN,
                "your token does not carry a role that allows this"), path(uri));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        // The JSON body reader reports parse and mapping failures as a bare 400 with the Jackson error as cause.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonParseException parse) {
                return malformedJson(parse, uri);
            }
            if (cause instanceof JsonMappingException mapping) {
                return unmappableJson(mapping, uri);
            }
            if (cause instanceof JsonProcessingException other) {
                return unreadableJson(other, uri);
            }
        }
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status < 400) {
            return original;
        }
        String detail = status >= 500 ? "unexpected error" : e.getMessage();
        Response.ResponseBuilder builder = ProblemResponses.builder(
                Problem.of(ProblemType.forStatus(status), detail).withInstance(path(uri)));
        original.getHeaders().forEach((name, values) -> {
            if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) && !HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        Problem known = KnownFailures.classify(e);
        if (known != null) {
            LOG.debugf(e, "mapped %s to %s", e.getClass().getName(), known.type());
            return ProblemResponses.of(known, path(uri));
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected error %s on %s", errorId, path(uri));
        return ProblemResponses.of(Problem.of(ProblemType.INTERNAL,
                "an unexpected error occurred; quote the errorId when reporting it").with("errorId", errorId), path(uri));
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
