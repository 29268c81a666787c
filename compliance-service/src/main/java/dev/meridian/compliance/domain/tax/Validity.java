package dev.meridian.compliance.domain.tax;

import java.time.LocalDate;
import java.util.Objects;

/** When a dated rule applies: {@code from} inclusive, {@code to} exclusive, {@code to == null} open-ended. */
public record Validity(LocalDate from, LocalDate to) {

    public Validity {
        Objects.requireNonNull(from, "from");
        if (to != null && !to.isAfter(from)) {
            throw new IllegalArgumentException("validity must end after it starts: " + from + " .. " + to);
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
