package dev.meridian.fulfillment.domain.returns;

import static dev.meridian.platform.failure.RuleViolation.require;

public record ReturnLine(String sku, int quantity, String reason, ReturnCondition condition) {

    public ReturnLine {
        require(sku != null && !sku.isBlank(), "sku", "is required");
        require(quantity > 0, "quantity", "must be positive");
        require(reason != null && !reason.isBlank(), "reason", "is required");
    }

    public ReturnLine receivedAs(ReturnCondition received) {
        return new ReturnLine(sku, quantity, reason, received);
    }
}
