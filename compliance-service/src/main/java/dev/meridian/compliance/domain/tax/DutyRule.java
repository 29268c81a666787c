package dev.meridian.compliance.domain.tax;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An ad-valorem duty rate for goods entering {@code destination} ("EU" or a country) whose HS code starts
 * with {@code hsPrefix} (a 2-digit chapter, 4-digit heading or 6-digit subheading; "" is the destination's
 * default). The longest matching prefix wins.
 */
public record DutyRule(String id, int version, String destination, String hsPrefix, BigDecimal ratePercent,
                       Validity validity, String note) implements DatedRule {

    public DutyRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(hsPrefix, "hsPrefix");
        Objects.requireNonNull(validity, "validity");
        if (!hsPrefix.matches("(\\d{2}){0,3}")) {
            throw new IllegalArgumentException("hsPrefix is '' or 2, 4 or 6 digits");
        }
        if (ratePercent == null || ratePercent.signum() < 0) {
            throw new IllegalArgumentException("duty rate must not be negative");
        }
    }

    @Override
    public RuleKind kind() {
        return RuleKind.DUTY_RULE;
    }

    /** Rules about the same destination and HS prefix must not overlap. */
    @Override
    public String subject() {
        return destination + "|" + hsPrefix;
    }

    @Override
    public RuleRef ref() {
        return new RuleRef(id, version);
    }
}
