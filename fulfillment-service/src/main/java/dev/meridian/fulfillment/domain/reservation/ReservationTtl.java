package dev.meridian.fulfillment.domain.reservation;

import static dev.meridian.platform.failure.RuleViolation.require;

import java.time.Duration;

/** How long a hold lasts: long enough to pay, short enough that abandoned checkouts free their stock. */
public record ReservationTtl(Duration defaultTtl, Duration max) {

    public static final ReservationTtl STANDARD = new ReservationTtl(Duration.ofMinutes(15), Duration.ofHours(2));

    public Duration resolve(Integer requestedSeconds) {
        if (requestedSeconds == null) {
            return defaultTtl;
        }
        require(requestedSeconds >= 60, "ttlSeconds", "must be at least 60");
        require(requestedSeconds <= max.toSeconds(), "ttlSeconds", "must be at most " + max.toSeconds());
        return Duration.ofSeconds(requestedSeconds);
    }
}
