package dev.meridian.catalog.domain.product;

import dev.meridian.platform.failure.RuleViolation;

/** Parcel dimensions in millimetres, used for shipping quotes and customs. */
public record Dimensions(int lengthMm, int widthMm, int heightMm) {

    public Dimensions {
        if (lengthMm <= 0 || widthMm <= 0 || heightMm <= 0) {
            throw new RuleViolation("dimensions", "must be positive millimetres");
        }
    }
}
