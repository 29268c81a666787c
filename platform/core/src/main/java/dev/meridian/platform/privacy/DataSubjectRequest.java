package dev.meridian.platform.privacy;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * {@code data} of meridian.compliance.dsr.requested.v1 (schema docs/events/compliance/dsr.requested.v1.json),
 * as every service holding personal data reads it.
 */
public record DataSubjectRequest(String requestId, String subjectId, Kind kind, String regulation,
                                 OffsetDateTime receivedAt, OffsetDateTime deadline, List<String> services,
                                 String ackTopic) {

    public static final String TYPE = "meridian.compliance.dsr.requested.v1";
    public static final String TOPIC = "compliance.dsr.requests";

    public enum Kind { ACCESS, ERASURE }

    public boolean addressedTo(String service) {
        return services != null && services.contains(service);
    }
}
