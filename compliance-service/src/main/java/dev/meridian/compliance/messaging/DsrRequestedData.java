package dev.meridian.compliance.messaging;

import dev.meridian.compliance.domain.dsr.DataSubjectRequest;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

/** {@code data} of meridian.compliance.dsr.requested.v1 (schema: docs/events/compliance/dsr.requested.v1.json). */
public record DsrRequestedData(UUID requestId, String subjectId, String kind, String regulation, Instant receivedAt,
                               Instant deadline, List<String> services, String ackTopic) {

    public static DsrRequestedData of(DataSubjectRequest r) {
        return new DsrRequestedData(r.id(), r.subjectId(), r.kind().name(), r.regulation().name(), r.receivedAt(),
                r.deadline(), List.copyOf(new TreeSet<>(r.expectedServices())), ComplianceEvents.DSR_ACK_TOPIC);
    }
}
