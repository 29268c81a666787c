package dev.meridian.fulfillment.domain.returns;

public enum ReturnStatus {
    OPEN, RECEIVED
}
