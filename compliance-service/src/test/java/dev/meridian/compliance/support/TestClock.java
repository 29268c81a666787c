package dev.meridian.compliance.support;

import dev.meridian.platform.testing.MutableClock;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Instant;

/** Replaces the platform's system clock in tests; tests move it to reach deadlines and effective dates. */
@Singleton
public class TestClock {

    public static final Instant START = Instant.parse("2026-03-02T10:00:00Z");

    @Produces
    @Singleton
    public static final MutableClock CLOCK = new MutableClock(START);
}
