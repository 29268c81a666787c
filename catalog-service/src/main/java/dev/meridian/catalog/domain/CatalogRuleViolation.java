package dev.meridian.catalog.domain;

/** A catalog rule the input breaks; reported to the client as a 400 naming the field. */
public class CatalogRuleViolation extends RuntimeException {

    private final String field;

    public CatalogRuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
