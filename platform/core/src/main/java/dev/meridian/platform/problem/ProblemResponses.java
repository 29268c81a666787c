package dev.meridian.platform.problem;

import jakarta.ws.rs.core.Response;

/** Builds problem+json responses. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    public static Response of(Problem problem, String instance) {
        return of(problem.instance() == null && instance != null ? problem.withInstance(instance) : problem);
    }
}
