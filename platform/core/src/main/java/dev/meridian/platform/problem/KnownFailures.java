package dev.meridian.platform.problem;

import dev.meridian.platform.failure.DomainFailure;
import dev.meridian.platform.failure.NotFound;
import dev.meridian.platform.failure.PreconditionFailed;
import dev.meridian.platform.failure.RuleViolation;
import dev.meridian.platform.failure.StateConflict;
import dev.meridian.platform.money.CurrencyMismatchException;
import dev.meridian.platform.money.InvalidMoneyException;
import io.vertx.pgclient.PgException;
import java.util.List;

/**
 * Failures that arrive wrapped (by Hibernate, Mutiny or fault tolerance) but still have a precise meaning for
 * the client: a unique constraint is a conflict, an open circuit or a timeout towards a dependency is a 503.
 */
final class KnownFailures {

    private static final List<String> UPSTREAM_FAILURES = List.of(
            "CircuitBreakerOpenException", "TimeoutException", "ConnectException", "BulkheadException");

    /** Optimistic locking lost a race (Hibernate and JPA name it differently). */
    private static final List<String> STALE_VERSION_FAILURES = List.of(
            "OptimisticLockException", "StaleObjectStateException", "StaleStateException");

    private KnownFailures() {
    }

    /** The one mapping of domain failures to problems (docs/problems.md lists the statuses). */
    static Problem of(DomainFailure failure) {
        return switch (failure) {
            case RuleViolation v -> Problem.of(ProblemType.VALIDATION, v.field() + ": " + v.getMessage(),
                    List.of(new Problem.Violation(v.field(), v.getMessage())));
            case StateConflict c -> {
                Problem problem = Problem.of(ProblemType.CONFLICT, c.getMessage());
                for (var detail : c.details().entrySet()) {
                    problem = problem.with(detail.getKey(), detail.getValue());
                }
                yield problem;
            }
            case NotFound n -> Problem.of(ProblemType.NOT_FOUND, n.getMessage());
            case PreconditionFailed p -> Problem.of(ProblemType.PRECONDITION_FAILED, p.getMessage());
        };
    }

    static Problem classify(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ProblemException p) {
                return p.problem();
            }
            if (t instanceof DomainFailure f) {
                return of(f);
            }
            if (t instanceof InvalidMoneyException m) {
                return Problem.of(ProblemType.VALIDATION, m.getMessage(),
                        List.of(new Problem.Violation(m.field(), m.getMessage())));
            }
            if (t instanceof CurrencyMismatchException m) {
                return Problem.of(ProblemType.VALIDATION, m.getMessage(),
                        List.of(new Problem.Violation("currency", m.getMessage())));
            }
            if (t instanceof PgException pg) {
                return switch (String.valueOf(pg.getSqlState())) {
                    case "23505" -> Problem.of(ProblemType.CONFLICT,
                            "a resource with the same unique value already exists").with("constraint", pg.getConstraint());
                    case "40001", "40P01" -> Problem.of(ProblemType.CONFLICT,
                            "a concurrent change conflicted with this request; retry it");
                    default -> null;
                };
            }
            if (t instanceof org.hibernate.exception.ConstraintViolationException violation
                    && "23505".equals(violation.getSQLState())) {
                return Problem.of(ProblemType.CONFLICT, "a resource with the same unique value already exists")
                        .with("constraint", violation.getConstraintName());
            }
            if (STALE_VERSION_FAILURES.contains(t.getClass().getSimpleName())) {
                return Problem.of(ProblemType.CONFLICT,
                        "the resource was changed concurrently; read it again and retry");
            }
            if (UPSTREAM_FAILURES.contains(t.getClass().getSimpleName())) {
                return Problem.of(ProblemType.UPSTREAM_UNAVAILABLE,
                        "a dependency did not answer in time; nothing was changed, retry later");
            }
        }
        return null;
    }
}
