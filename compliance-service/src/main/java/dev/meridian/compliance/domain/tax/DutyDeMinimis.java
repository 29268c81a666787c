package dev.meridian.compliance.domain.tax;

import dev.meridian.platform.money.Money;
import java.util.Objects;

/**
 * Consignments valued at most {@code threshold} enter the destination free of duty. A suspended de minimis
 * (the US from 2025-08-29) is a version with {@code suspended = true}: every consignment pays duty.
 */
public record DutyDeMinimis(String id, int version, String destination, Money threshold, boolean suspended,
                            Validity validity, String note) implements DatedRule {

    public DutyDeMinimis {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(validity, "validity");
    }

    @Override
    public RuleKind kind() {
        return RuleKind.DUTY_DE_MINIMIS;
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
