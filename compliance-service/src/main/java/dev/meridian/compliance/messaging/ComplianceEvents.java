package dev.meridian.compliance.messaging;

import dev.meridian.platform.events.EventTypes;
import dev.meridian.platform.privacy.DataSubjectRequest;
import java.util.Set;

/** Topics compliance uses; event types are the platform's {@link EventTypes}, payload schemas in docs/events/compliance/. */
public final class ComplianceEvents {

    public static final String TOPIC = "compliance.events";
    public static final String DSR_TOPIC = DataSubjectRequest.TOPIC;
    /** Where every service answers data-subject requests. */
    public static final String DSR_ACK_TOPIC = "compliance.dsr.acks";
    /** meridian.&lt;service&gt;.dsr.acknowledged.v1: each service names the acknowledgement after itself. */
    public static final String DSR_ACK_SUFFIX = EventTypes.COMPLIANCE_DSR_ACKNOWLEDGED.substring(
            "meridian.compliance".length());
    public static final Set<String> CATALOG_PRODUCT_TYPES = Set.of(
            EventTypes.CATALOG_PRODUCT_PUBLISHED, EventTypes.CATALOG_PRODUCT_UPDATED);

    private ComplianceEvents() {
    }
}
