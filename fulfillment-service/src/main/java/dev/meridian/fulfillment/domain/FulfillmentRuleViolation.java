package dev.meridian.fulfillment.domain;

/** A request that breaks a business rule; the API answers 400 naming {@link #field()} and changes nothing. */
public class FulfillmentRuleViolation extends RuntimeException {

    private final String field;

    public FulfillmentRuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public static void require(boolean condition, String field, String message) {
        if (!condition) {
            throw new FulfillmentRuleViolation(field, message);
        }
    }
}
