package dev.meridian.checkout.support;

import dev.meridian.platform.testing.MutableClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Replaces the platform's system clock in tests: cart expiry, quote TTLs and promotion windows move with it. */
@ApplicationScoped
public class TestClock {

    public static final MutableClock CLOCK = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));

    @Produces
    @Singleton
    Clock clock() {
        return CLOCK;
    }
}
