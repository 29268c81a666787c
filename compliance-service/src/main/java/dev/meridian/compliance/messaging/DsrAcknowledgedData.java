package dev.meridian.compliance.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;

/**
 * {@code data} of meridian.&lt;service&gt;.dsr.acknowledged.v1, sent by every service to compliance.dsr.acks
 * (schema: docs/events/compliance/dsr.acknowledged.v1.json). {@code data} is the service's export for ACCESS.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DsrAcknowledgedData(UUID requestId, String service, String outcome, JsonNode data) {
}
