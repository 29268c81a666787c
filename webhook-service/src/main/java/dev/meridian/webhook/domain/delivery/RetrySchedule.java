package dev.meridian.webhook.domain.delivery;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When a failed message is tried again: after the n-th failed attempt, wait {@code delays[n-1]} moved by up to
 * {@code jitter} either way (so receivers that failed together are not retried together), but never less than the
 * receiver's Retry-After. Past the last delay the message is exhausted.
 */
public record RetrySchedule(List<Duration> delays, double jitter) {

    /** Retry-After beyond this is not honoured as such: the schedule's own longest step is the cap. */
    static final Duration MAX_RETRY_AFTER = Duration.ofHours(24);

    public RetrySchedule {
        delays = List.copyOf(delays);
        if (jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("jitter must be in [0, 1)");
        }
    }

    /** Attempts a message gets in one cycle: the first and one per delay. */
    public int maxAttempts() {
        return delays.size() + 1;
    }

    /**
     * @param failedAttempts attempts made in this cycle, all failed (at least 1)
     * @param random         a uniform value in [0, 1)
     * @return the wait before the next attempt, or empty when the schedule is used up
     */
    public Optional<Duration> nextDelay(int failedAttempts, Optional<Duration> retryAfter, DoubleSupplier random) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt has failed");
        }
        if (failedAttempts > delays.size()) {
            return Optional.empty();
        }
        Duration base = delays.get(failedAttempts - 1);
        long millis = base.toMillis();
        long jittered = Math.round(millis * (1 + jitter * (2 * random.getAsDouble() - 1)));
        Duration delay = Duration.ofMillis(Math.max(0, jittered));
        Optional<Duration> asked = retryAfter.map(a -> a.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : a);
        return Optional.of(asked.filter(a -> a.compareTo(delay) > 0).orElse(delay));
    }
}
