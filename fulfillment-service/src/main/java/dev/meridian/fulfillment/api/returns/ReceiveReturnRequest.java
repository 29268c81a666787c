package dev.meridian.fulfillment.api.returns;

import dev.meridian.fulfillment.domain.returns.ReturnCondition;
import java.util.Map;

/** Condition per SKU as inspected at the hub; SKUs not named are taken as sellable. */
public record ReceiveReturnRequest(Map<String, ReturnCondition> conditions) {
}
