package dev.meridian.compliance.domain.tax;

import dev.meridian.platform.failure.RuleViolation;

/**
 * The request cannot be quoted: a platform {@link RuleViolation}, so it is answered 400 naming the field like every
 * other bad input. {@code unprocessable} still tells apart well-formed requests the rules cannot answer (no rates
 * for that country, tax-inclusive prices with the tax left to the door) from malformed ones (unknown country code,
 * negative amount); both are the client's to change, and the message says which.
 */
public class InvalidQuoteException extends RuleViolation {

    private final boolean unprocessable;

    private InvalidQuoteException(String field, String message, boolean unprocessable) {
        super(field, message);
        this.unprocessable = unprocessable;
    }

    public static InvalidQuoteException invalid(String field, String message) {
        return new InvalidQuoteException(field, message, false);
    }

    public static InvalidQuoteException unprocessable(String field, String message) {
        return new InvalidQuoteException(field, message, true);
    }

    public boolean unprocessable() {
        return unprocessable;
    }
}
