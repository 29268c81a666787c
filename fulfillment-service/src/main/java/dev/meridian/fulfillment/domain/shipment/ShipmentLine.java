package dev.meridian.fulfillment.domain.shipment;

import static dev.meridian.platform.failure.RuleViolation.require;

public record ShipmentLine(String sku, int quantity) {

    public ShipmentLine {
        require(sku != null && !sku.isBlank(), "sku", "is required");
        require(quantity > 0, "quantity", "must be positive");
    }
}
