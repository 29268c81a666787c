package dev.meridian.catalog.domain;

/** Parcel dimensions in millimetres, used for shipping quotes and customs. */
public record Dimensions(int lengthMm, int widthMm, int heightMm) {

    public Dimensions {
        if (lengthMm <= 0 || widthMm <= 0 || heightMm <= 0) {
            throw new CatalogRuleViolation("dimensions", "must be positive millimetres");
        }
    }
}
