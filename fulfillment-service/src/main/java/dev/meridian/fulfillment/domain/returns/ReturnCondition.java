package dev.meridian.fulfillment.domain.returns;

/** How a returned unit arrived: SELLABLE goes back into available stock; DAMAGED does not. */
public enum ReturnCondition {
    SELLABLE, DAMAGED
}
