package dev.meridian.fulfillment.domain.shipping;

/** ECONOMY and EXPRESS ship from the origin; LOCAL delivers from an overseas warehouse serving the market. */
public enum ServiceKind {
    ECONOMY, EXPRESS, LOCAL
}
