package dev.meridian.compliance.messaging;

import java.util.Set;

/** Topics and CloudEvents types; payload schemas live in docs/events/compliance/. */
public final class ComplianceEvents {

    public static final String TOPIC = "compliance.events";
    public static final String MARKET_STATUS = "meridian.compliance.product.market-status.v1";
    public static final String DSR_TOPIC = "compliance.dsr.requests";
    public static final String DSR_REQUESTED = "meridian.compliance.dsr.requested.v1";
    public static final String DSR_ACK_SUFFIX = ".dsr.acknowledged.v1";
    public static final Set<String> CATALOG_PRODUCT_TYPES = Set.of(
            "meridian.catalog.product.published.v1", "meridian.catalog.product.updated.v1");

    private ComplianceEvents() {
    }
}
