package dev.meridian.platform.problem;

import java.util.List;

/** Thrown anywhere in a request to answer with a specific problem; mapped to problem+json by the platform. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(Problem.of(ProblemType.NOT_FOUND, what + " '" + id + "' was not found"));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Problem.of(ProblemType.CONFLICT, detail));
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(Problem.of(ProblemType.VALIDATION, field + ": " + message,
                List.of(new Problem.Violation(field, message))));
    }

    public static ProblemException invalid(List<Problem.Violation> violations) {
        return new ProblemException(Problem.of(ProblemType.VALIDATION,
                violations.size() + " invalid field(s)", violations));
    }

    public static ProblemException of(ProblemType type, String detail) {
        return new ProblemException(Problem.of(type, detail));
    }

    public static ProblemException upstreamUnavailable(String dependency) {
        return new ProblemException(Problem.of(ProblemType.UPSTREAM_UNAVAILABLE,
                dependency + " is unavailable; nothing was changed, retry later"));
    }
}
