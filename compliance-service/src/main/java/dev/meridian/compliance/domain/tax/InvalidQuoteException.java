package dev.meridian.compliance.domain.tax;

/**
 * The request cannot be quoted. {@code unprocessable} separates well-formed requests the rules cannot answer
 * (no rates for that country) from malformed ones (unknown country code, negative amount).
 */
public class InvalidQuoteException extends RuntimeException {

    private final String field;
    private final boolean unprocessable;

    private InvalidQuoteException(String field, String message, boolean unprocessable) {
        super(message);
        this.field = field;
        this.unprocessable = unprocessable;
    }

    public static InvalidQuoteException invalid(String field, String message) {
        return new InvalidQuoteException(field, message, false);
    }

    public static InvalidQuoteException unprocessable(String field, String message) {
        return new InvalidQuoteException(field, message, true);
    }

    public String field() {
        return field;
    }

    public boolean unprocessable() {
        return unprocessable;
    }
}
