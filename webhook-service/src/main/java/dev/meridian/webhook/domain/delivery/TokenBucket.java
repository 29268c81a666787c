package dev.meridian.webhook.domain.delivery;

/**
 * An endpoint's throttle: {@code ratePerSecond} messages per second on average, bursts up to the same number.
 * Time is passed in (nanoseconds of a monotonic clock), so the rule is tested without waiting.
 */
public final class TokenBucket {

    private static final long NANOS = 1_000_000_000L;
    private final double rate;
    private final double capacity;
    private double tokens;
    private long last;

    public TokenBucket(int ratePerSecond, long nowNanos) {
        if (ratePerSecond < 1) {
            throw new IllegalArgumentException("rate must be positive");
        }
        this.rate = ratePerSecond;
        this.capacity = ratePerSecond;
        this.tokens = ratePerSecond;
        this.last = nowNanos;
    }

    /** Takes one token if there is one. */
    public synchronized boolean tryTake(long nowNanos) {
        refill(nowNanos);
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }

    /** Nanoseconds until a token is there (0 if one is there now). */
    public synchronized long nanosUntilToken(long nowNanos) {
        refill(nowNanos);
        return tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) / rate * NANOS);
    }

    public double rate() {
        return rate;
    }

    private void refill(long nowNanos) {
        long elapsed = Math.max(0, nowNanos - last);
        tokens = Math.min(capacity, tokens + elapsed * rate / NANOS);
        last = nowNanos;
    }
}
