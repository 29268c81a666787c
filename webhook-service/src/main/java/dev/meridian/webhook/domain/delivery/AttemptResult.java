package dev.meridian.webhook.domain.delivery;

import java.time.Duration;
import java.util.Optional;

/** What one delivery attempt came to, as the retry rules see it. */
public sealed interface AttemptResult {

    /** A 2xx within the total timeout: the only success. */
    record Delivered(int status) implements AttemptResult {
    }

    /** Any other status (3xx included: redirects are not followed), with the receiver's Retry-After if it sent one. */
    record Rejected(int status, Optional<Duration> retryAfter) implements AttemptResult {
    }

    /** 410 Gone: the receiver asks us to stop; the endpoint is disabled. */
    record Gone() implements AttemptResult {
    }

    /** No answer in time, connection refused or reset, TLS failure, or a destination the guard refused. */
    record Unreachable(String error) implements AttemptResult {
    }

    static AttemptResult ofStatus(int status, Optional<Duration> retryAfter) {
        if (status >= 200 && status < 300) {
            return new Delivered(status);
        }
        if (status == 410) {
            return new Gone();
        }
        return new Rejected(status, retryAfter);
    }

    default boolean success() {
        return this instanceof Delivered;
    }

    /** Retry-After counts only where Standard Webhooks says to honour it: 429 and 5xx. */
    default Optional<Duration> honouredRetryAfter() {
        return this instanceof Rejected(int status, Optional<Duration> after) && (status == 429 || status >= 500)
                ? after : Optional.empty();
    }
}
