package dev.meridian.compliance.domain.tax;

/** The kinds of dated rule, each maintained the same way (ADR 012): a change is a new version. */
public enum RuleKind {
    TAX_RULE("tax-rule"),
    DUTY_RULE("duty-rule"),
    DUTY_DE_MINIMIS("duty-de-minimis"),
    LOW_VALUE_REGIME("low-value-regime"),
    FX_RATE("fx-rate");

    private final String label;

    RuleKind(String label) {
        this.label = label;
    }

    /** How the kind is named in audit entries and messages, e.g. {@code tax-rule}. */
    public String label() {
        return label;
    }
}
