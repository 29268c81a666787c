package dev.meridian.compliance.domain.tax;

import dev.meridian.platform.failure.RuleViolation;
import java.time.LocalDate;

/** When a dated rule applies: {@code from} inclusive, {@code to} exclusive, {@code to == null} open-ended. */
public record Validity(LocalDate from, LocalDate to) {

    public Validity {
        RuleViolation.require(from != null, "validFrom", "is required");
        if (to != null) {
            RuleViolation.require(to.isAfter(from), "validTo", "must be after validFrom (" + from + ")");
        }
    }

    public static Validity from(LocalDate from) {
        return new Validity(from, null);
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && (to == null || date.isBefore(to));
    }

    @Override
    public String toString() {
        return "from " + from + (to == null ? "" : " until " + to.minusDays(1));
    }
}
