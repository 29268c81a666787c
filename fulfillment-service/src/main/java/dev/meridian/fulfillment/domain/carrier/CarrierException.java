package dev.meridian.fulfillment.domain.carrier;

/** Carrier failures, split by what the caller may do about them. */
public abstract sealed class CarrierException extends RuntimeException {

    protected CarrierException(String message) {
        super(message);
    }

    /** Timeout, 5xx, connection refused: the outcome is unknown, an idempotent retry is safe. */
    public static final class Transient extends CarrierException {
        public Transient(String message) {
            super(message);
        }
    }

    /** Invalid address, unsupported service, account blocked: retrying the same request fails again. */
    public static final class Rejected extends CarrierException {
        public Rejected(String message) {
            super(message);
        }
    }
}
