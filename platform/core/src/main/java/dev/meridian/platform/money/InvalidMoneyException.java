package dev.meridian.platform.money;

/** A money value that cannot exist: unknown currency, too many decimals, not a number. */
public class InvalidMoneyException extends IllegalArgumentException {

    private final String field;

    public InvalidMoneyException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The part of the money value at fault: {@code currency} or {@code amount}. */
    public String field() {
        return field;
    }
}
