package dev.meridian.checkout.client;

/**
 * A service this request depends on did not answer usefully (down, too slow, circuit open, or answering 5xx):
 * the shopper gets 503 with {@code Retry-After}, and the caller has left nothing half-made behind.
 */
public class UpstreamUnavailable extends RuntimeException {

    private final String dependency;
    private final int retryAfterSeconds;

    public UpstreamUnavailable(String dependency, int retryAfterSeconds, Throwable cause) {
        super(dependency + " is unavailable", cause, false, false);
        this.dependency = dependency;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public String dependency() {
        return dependency;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
