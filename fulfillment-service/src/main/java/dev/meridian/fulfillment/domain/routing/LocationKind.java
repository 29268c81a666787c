package dev.meridian.fulfillment.domain.routing;

/** ORIGIN ships everywhere; WAREHOUSE (overseas) serves its markets; RETURN_HUB only receives returns. */
public enum LocationKind {
    ORIGIN, WAREHOUSE, RETURN_HUB
}
