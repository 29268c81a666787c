package dev.meridian.fulfillment.domain.routing;

import static dev.meridian.platform.failure.RuleViolation.require;

public record OrderLine(String sku, int quantity) {

    public OrderLine {
        require(sku != null && !sku.isBlank(), "sku", "is required");
        require(quantity > 0, "quantity", "must be positive");
    }
}
