package dev.meridian.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Builds problem+json responses. The body is serialized here, so the media type survives content negotiation
 * of the resource method that failed (a method that produces application/json still answers problem+json).
 */
public final class ProblemResponses {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private ProblemResponses() {
    }

    public static Response of(Problem problem) {
        return builder(problem).build();
    }

    public static Response of(Problem problem, String instance) {
        return of(problem.instance() == null && instance != null ? problem.withInstance(instance) : problem);
    }

    public static Response.ResponseBuilder builder(Problem problem) {
        return Response.status(problem.status()).header(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .entity(json(problem));
    }

    public static String json(Problem problem) {
        try {
            return JSON.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("problem cannot be serialized", e);
        }
    }
}
