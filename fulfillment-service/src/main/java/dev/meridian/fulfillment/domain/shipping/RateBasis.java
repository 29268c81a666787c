package dev.meridian.fulfillment.domain.shipping;

/** What a rate table's bands are measured in: parcel weight (grams) or order value (minor units). */
public enum RateBasis {
    WEIGHT, ORDER_VALUE
}
