package dev.meridian.platform.failure;

/** The input breaks a business rule: answered 400 naming {@link #field()}, and nothing changes. */
public non-sealed class RuleViolation extends DomainFailure {

    private final String field;

    public RuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** Throws a violation of {@code field} unless {@code condition} holds. */
    public static void require(boolean condition, String field, String message) {
        if (!condition) {
            throw new RuleViolation(field, message);
        }
    }
}
