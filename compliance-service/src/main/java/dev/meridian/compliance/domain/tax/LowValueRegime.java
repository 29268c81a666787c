package dev.meridian.compliance.domain.tax;

import dev.meridian.platform.money.Money;
import java.util.Objects;

/**
 * A low-value import scheme: consignments whose intrinsic value (goods, without tax and shipping) is at most
 * {@code threshold} have the destination's VAT/GST collected by the seller at checkout and no duty
 * (EU IOSS ≤ €150, UK ≤ £135, AU/NZ ≤ 1,000). Above it, {@code aboveCode} applies: import tax and duty at the
 * border.
 */
public record LowValueRegime(String id, int version, String destination, String code, String aboveCode,
                             Money threshold, Validity validity, String description) implements DatedRule {

    public LowValueRegime {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(aboveCode, "aboveCode");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(validity, "validity");
    }

    @Override
    public RuleKind kind() {
        return RuleKind.LOW_VALUE_REGIME;
    }

    /** Rules about the same the destination must not overlap. */
    @Override
    public String subject() {
        return destination;
    }

    @Override
    public RuleRef ref() {
        return new RuleRef(id, version);
    }
}
