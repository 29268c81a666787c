package dev.meridian.fulfillment.domain.routing;

import static dev.meridian.fulfillment.domain.FulfillmentRuleViolation.require;

public record OrderLine(String sku, int quantity) {

    public OrderLine {
        require(sku != null && !sku.isBlank(), "sku", "is required");
        require(quantity > 0, "quantity", "must be positive");
    }
}
