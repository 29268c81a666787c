package dev.meridian.compliance.domain.tax;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One tax component for a jurisdiction and tax category, e.g. DE VAT standard 19 %, or BC PST 7 %.
 * A jurisdiction with several components (Canada's GST + PST) has several rules. A rate change is a new
 * version of the same id with a later {@link Validity}; at a given date the highest covering version wins.
 *
 * @param region        province/state where the rate depends on it (CA, US), else null
 * @param approximation true for rates that are knowingly incomplete (US state base rates without local taxes)
 */
public record TaxRule(String id, int version, String country, String region, String category, String taxName,
                      BigDecimal ratePercent, Validity validity, boolean approximation) implements DatedRule {

    public TaxRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(taxName, "taxName");
        Objects.requireNonNull(validity, "validity");
        if (version < 1) {
            throw new IllegalArgumentException("version starts at 1");
        }
        if (ratePercent == null || ratePercent.signum() < 0 || ratePercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("rate must be between 0 and 100 percent");
        }
    }

    @Override
    public RuleKind kind() {
        return RuleKind.TAX_RULE;
    }

    /** Rules about the same country, region, category and tax name must not overlap. */
    @Override
    public String subject() {
        return country + "|" + (region == null ? "" : region) + "|" + category + "|" + taxName;
    }

    @Override
    public RuleRef ref() {
        return new RuleRef(id, version);
    }
}
