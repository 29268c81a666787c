package dev.meridian.catalog.domain.pricing;

import dev.meridian.platform.failure.RuleViolation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;

/** One dated exchange rate: 1 unit of {@code base} costs {@code rate} units of {@code quote} from {@code effectiveFrom}. */
public record FxRate(Currency base, Currency quote, BigDecimal rate, Instant effectiveFrom) {

    public FxRate {
        if (rate == null || rate.signum() <= 0) {
            throw new RuleViolation("rate", "must be positive");
        }
        if (base == null || quote == null || effectiveFrom == null) {
            throw new RuleViolation("rate", "base, quote and effectiveFrom are required");
        }
    }
}
