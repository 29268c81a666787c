package dev.meridian.fulfillment.domain.carrier;

public enum LabelFormat {
    PDF, ZPL
}
