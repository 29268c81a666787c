package dev.meridian.compliance.domain.tax;

/**
 * A rule that applies for a period and changes by new versions of the same id (ADR 012). Every kind is
 * versioned the same way: see {@link RuleVersioning}.
 */
public sealed interface DatedRule permits TaxRule, DutyRule, DutyDeMinimis, LowValueRegime, FxRate {

    RuleKind kind();

    String id();

    int version();

    Validity validity();

    /**
     * What the rule is about. Two different ids about the same subject must never be in force on the same day:
     * the engine could not tell which one applies.
     */
    String subject();

    RuleRef ref();
}
