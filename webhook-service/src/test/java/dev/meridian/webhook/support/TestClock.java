package dev.meridian.webhook.support;

import dev.meridian.platform.testing.MutableClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Replaces the platform's system clock in tests: retry schedules, the disable ladder, secret overlaps and leases are
 * tested by moving time. It stands still unless a test moves it; tests that need the real time set it first.
 */
@ApplicationScoped
public class TestClock {

    public static final MutableClock CLOCK = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));

    @Produces
    @Singleton
    Clock clock() {
        return CLOCK;
    }

    /** Back to the wall clock (whole seconds). */
    public static Instant reset() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        CLOCK.set(now);
        return now;
    }
}
