package dev.meridian.webhook.client;

/**
 * What one POST to a receiver came to: the status (null when there was no answer), its Retry-After header, the first
 * bytes of its body, how long it took, and an error when it failed before or instead of an answer.
 */
public record HttpOutcome(Integer status, String retryAfter, String excerpt, long latencyMs, String error) {

    public static HttpOutcome failed(String error, long latencyMs) {
        return new HttpOutcome(null, null, null, latencyMs, error);
    }
}
