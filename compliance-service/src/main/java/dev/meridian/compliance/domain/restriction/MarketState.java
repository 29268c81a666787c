package dev.meridian.compliance.domain.restriction;

/** Whether catalog and checkout may sell a product in a market. */
public enum MarketState {
    ALLOWED,
    NEEDS_REVIEW,
    BLOCKED
}
