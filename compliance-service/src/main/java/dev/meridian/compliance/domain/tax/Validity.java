package dev.meridian.compliance.domain.tax;

import dev.meridian.platform.failure.RuleViolation;
import java.time.LocalDate;

/**
 * When a dated rule applies: {@code from} inclusive, {@code to} exclusive, {@code to == null} open-ended.
 *
 * <p>Both dates lie in {@link #EARLIEST}..{@link #LATEST}. Why: a date the database can store but Java or a client
 * cannot read back (year +999999999, PostgreSQL's {@code infinity}) once made every later rule write and every
 * start fail; no tax or duty rule is meaningful outside this century anyway, and "no end" is {@code to == null}.
 */
public record Validity(LocalDate from, LocalDate to) {

    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    public Validity {
        RuleViolation.require(from != null, "validFrom", "is required");
        requireInRange("validFrom", from);
        if (to != null) {
            requireInRange("validTo", to);
            RuleViolation.require(to.isAfter(from), "validTo", "must be after validFrom (" + from + ")");
        }
    }

    public static Validity from(LocalDate from) {
        return new Validity(from, null);
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && (to == null || date.isBefore(to));
    }

    private static void requireInRange(String field, LocalDate date) {
        RuleViolation.require(!date.isBefore(EARLIEST) && !date.isAfter(LATEST), field,
                "must be between " + EARLIEST + " and " + LATEST + "; leave validTo out for a rule without an end");
    }

    @Override
    public String toString() {
        return "from " + from + (to == null ? "" : " until " + to.minusDays(1));
    }
}
