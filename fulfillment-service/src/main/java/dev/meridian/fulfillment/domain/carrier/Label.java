package dev.meridian.fulfillment.domain.carrier;

public record Label(String trackingNumber, LabelFormat format, byte[] content) {
}
