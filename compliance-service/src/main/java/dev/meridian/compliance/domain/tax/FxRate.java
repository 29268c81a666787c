package dev.meridian.compliance.domain.tax;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Reference rate: 1 EUR = {@code perEur} units of {@code currency}, valid from a date (customs authorities
 * publish such rates weekly or monthly). Every conversion names the rate it used.
 */
public record FxRate(String id, int version, String currency, BigDecimal perEur, Validity validity, String source)
        implements DatedRule {

    public FxRate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(validity, "validity");
        if (perEur == null || perEur.signum() <= 0) {
            throw new IllegalArgumentException("an exchange rate is positive");
        }
    }

    @Override
    public RuleKind kind() {
        return RuleKind.FX_RATE;
    }

    /** Rules about the same the currency must not overlap. */
    @Override
    public String subject() {
        return currency;
    }

    @Override
    public RuleRef ref() {
        return new RuleRef(id, version);
    }
}
