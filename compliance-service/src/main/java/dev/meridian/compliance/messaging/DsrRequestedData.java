package dev.meridian.compliance.messaging;

import dev.meridian.compliance.domain.dsr.DataSubjectRequest;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

/**
 * {@code data} of meridian.compliance.dsr.requested.v1 (schema: docs/events/compliance/dsr.requested.v1.json).
 * It names no topic for the answers: every service answers on the one fixed topic
 * {@value ComplianceEvents#DSR_ACK_TOPIC}, whatever a request might say.
 */
public record DsrRequestedData(UUID requestId, String subjectId, String kind, String regulation, Instant receivedAt,
                               Instant deadline, List<String> services) {

    public static DsrRequestedData of(DataSubjectRequest r) {
        return new DsrRequestedData(r.id(), r.subjectId(), r.kind().name(), r.regulation().name(), r.receivedAt(),
                r.deadline(), List.copyOf(new TreeSet<>(r.expectedServices())));
    }
}
