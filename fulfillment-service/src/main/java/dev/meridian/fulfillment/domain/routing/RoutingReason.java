package dev.meridian.fulfillment.domain.routing;

/** Why an order ships from where it ships; recorded with the reservation for support and analytics. */
public enum RoutingReason {
    /** A warehouse serving the destination market held every line: fastest, cheapest, no customs at the door. */
    LOCAL_WAREHOUSE_COMPLETE,
    /** No serving warehouse held every line; the origin did. */
    ORIGIN_COMPLETE,
    /** Nobody held every line: split per line by the documented rule (ADR 030). */
    SPLIT
}
