package dev.meridian.compliance.domain.dsr;

import java.time.Instant;

/**
 * One service's answer: for ACCESS its data about the subject (JSON), for ERASURE the confirmation that it
 * erased (or held nothing).
 *
 * @param outcome DATA, ERASED or NO_DATA
 */
public record ServiceAck(String service, String outcome, String dataJson, Instant at) {
}
