package dev.meridian.fulfillment.domain.shipment;

import static dev.meridian.platform.failure.RuleViolation.require;

/** One physical package; the carrier prices and labels each. */
public record Parcel(long weightGrams, int lengthCm, int widthCm, int heightCm) {

    public Parcel {
        require(weightGrams > 0, "weightGrams", "must be positive");
        require(lengthCm >= 0 && widthCm >= 0 && heightCm >= 0, "dimensions", "must not be negative");
    }
}
