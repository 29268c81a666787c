package dev.meridian.checkout.domain.catalog;

import dev.meridian.platform.money.Money;
import java.time.Instant;

/** A sale price and its window; an open end ({@code null}) means "since ever" or "until further notice". */
public record Sale(Money amount, Instant from, Instant until) {

    public boolean activeAt(Instant now) {
        return (from == null || !now.isBefore(from)) && (until == null || now.isBefore(until));
    }
}
