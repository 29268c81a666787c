package dev.meridian.platform.failure;

/**
 * A request the domain refuses, in words the domain knows. No framework here on purpose: every service's
 * {@code domain} package may throw these, and the platform maps them to problem+json in one place
 * ({@code ProblemMappers}), so the same failure gets the same status in every service.
 *
 * <ul>
 *   <li>{@link RuleViolation}: the input breaks a rule; 400 {@code validation-error} naming the field.</li>
 *   <li>{@link StateConflict}: well-formed, but the current state does not allow it; 409 {@code conflict}.</li>
 *   <li>{@link NotFound}: the thing named does not exist (or is not the caller's); 404 {@code not-found}.</li>
 *   <li>{@link PreconditionFailed}: the client's {@code If-Match} is stale; 412 {@code precondition-failed}.</li>
 * </ul>
 */
public abstract sealed class DomainFailure extends RuntimeException
        permits RuleViolation, StateConflict, NotFound, PreconditionFailed {

    protected DomainFailure(String message) {
        super(message, null, false, false);
    }
}
