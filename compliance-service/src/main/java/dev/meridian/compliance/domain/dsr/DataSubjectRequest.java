package dev.meridian.compliance.domain.dsr;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A data-subject request tracked until every expected service has acknowledged it. Completion is never
 * declared by hand: it follows from the last missing acknowledgement.
 */
public final class DataSubjectRequest {

    private final UUID id;
    private final String subjectId;
    private final DsrKind kind;
    private final Regulation regulation;
    private final Instant receivedAt;
    private final Instant deadline;
    private final Set<String> expectedServices;
    private final Map<String, ServiceAck> acks;
    private DsrStatus status;
    private Instant completedAt;

    public DataSubjectRequest(UUID id, String subjectId, DsrKind kind, Regulation regulation, Instant receivedAt,
                              Instant deadline, Set<String> expectedServices, List<ServiceAck> acks, DsrStatus status,
                              Instant completedAt) {
        this.id = Objects.requireNonNull(id);
        this.subjectId = Objects.requireNonNull(subjectId);
        this.kind = Objects.requireNonNull(kind);
        this.regulation = Objects.requireNonNull(regulation);
        this.receivedAt = Objects.requireNonNull(receivedAt);
        this.deadline = Objects.requireNonNull(deadline);
        this.expectedServices = new TreeSet<>(expectedServices);
        this.acks = new LinkedHashMap<>();
        acks.forEach(a -> this.acks.put(a.service(), a));
        this.status = status;
        this.completedAt = completedAt;
    }

    public static DataSubjectRequest open(String subjectId, DsrKind kind, Regulation regulation, Set<String> services,
                                          Instant now) {
        if (services.isEmpty()) {
            throw new IllegalArgumentException("at least one service must be asked");
        }
        return new DataSubjectRequest(UUID.randomUUID(), subjectId, kind, regulation, now, regulation.deadline(now),
                services, List.of(), DsrStatus.OPEN, null);
    }

    /**
     * Records a service's acknowledgement. A repeated acknowledgement (redelivery) or one from a service that
     * was not asked changes nothing.
     *
     * @return true when this acknowledgement changed the request
     */
    public boolean acknowledge(ServiceAck ack) {
        if (!expectedServices.contains(ack.service()) || acks.containsKey(ack.service())) {
            return false;
        }
        acks.put(ack.service(), ack);
        if (status == DsrStatus.OPEN && acks.keySet().containsAll(expectedServices)) {
            status = DsrStatus.COMPLETED;
            completedAt = ack.at();
        }
        return true;
    }

    public boolean isOverdue(Instant now) {
        return status == DsrStatus.OPEN && now.isAfter(deadline);
    }

    public Set<String> pendingServices() {
        Set<String> pending = new TreeSet<>(expectedServices);
        pending.removeAll(acks.keySet());
        return pending;
    }

    public UUID id() {
        return id;
    }

    public String subjectId() {
        return subjectId;
    }

    public DsrKind kind() {
        return kind;
    }

    public Regulation regulation() {
        return regulation;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant deadline() {
        return deadline;
    }

    public Set<String> expectedServices() {
        return Set.copyOf(expectedServices);
    }

    public List<ServiceAck> acks() {
        return new ArrayList<>(acks.values());
    }

    public DsrStatus status() {
        return status;
    }

    public Instant completedAt() {
        return completedAt;
    }
}
