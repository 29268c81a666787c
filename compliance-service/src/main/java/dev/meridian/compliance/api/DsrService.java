package dev.meridian.compliance.api;

import dev.meridian.compliance.config.ComplianceConfig;
import dev.meridian.compliance.domain.dsr.DataSubjectRequest;
import dev.meridian.compliance.domain.dsr.DsrKind;
import dev.meridian.compliance.domain.dsr.DsrStatus;
import dev.meridian.compliance.domain.dsr.Regulation;
import dev.meridian.compliance.domain.dsr.ServiceAck;
import dev.meridian.compliance.messaging.ComplianceEvents;
import dev.meridian.compliance.messaging.DsrRequestedData;
import dev.meridian.compliance.persistence.AuditLog;
import dev.meridian.compliance.persistence.DsrStore;
import dev.meridian.platform.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;

/** Opens data-subject requests (fan-out through the outbox) and records acknowledgements; runs in the caller's transaction. */
@ApplicationScoped
public class DsrService {

    private final DsrStore store;
    private final Outbox outbox;
    private final AuditLog audit;
    private final ComplianceConfig config;
    private final Clock clock;

    public DsrService(DsrStore store, Outbox outbox, AuditLog audit, ComplianceConfig config, Clock clock) {
        this.store = store;
        this.outbox = outbox;
        this.audit = audit;
        this.config = config;
        this.clock = clock;
    }

    public Uni<DataSubjectRequest> open(String subjectId, DsrKind kind, Regulation regulation, String actor) {
        DataSubjectRequest request = DataSubjectRequest.open(subjectId, kind, regulation, config.dsr().services(),
                dev.meridian.compliance.domain.audit.AuditChain.storable(clock.instant()));
        return store.insert(request)
                .chain(() -> outbox.record(ComplianceEvents.DSR_TOPIC, ComplianceEvents.DSR_REQUESTED,
                        request.id().toString(), DsrRequestedData.of(request)))
                .chain(() -> audit.append(actor, "dsr.opened", "subject:" + subjectId, null,
                        "{\"requestId\":\"" + request.id() + "\",\"kind\":\"" + kind + "\"}"))
                .replaceWith(request);
    }

    /** @return true when the acknowledgement changed the request (not a duplicate, from an expected service) */
    public Uni<Boolean> acknowledge(UUID requestId, ServiceAck ack) {
        return store.findForUpdate(requestId).chain(found -> {
            if (found.isEmpty()) {
                return Uni.createFrom().item(false);
            }
            DataSubjectRequest request = found.get();
            DsrStatus before = request.status();
            if (!request.acknowledge(ack)) {
                return Uni.createFrom().item(false);
            }
            Uni<Void> saved = store.insertAck(requestId, ack);
            if (before != request.status()) {
                saved = saved.chain(() -> store.updateStatus(request))
                        .chain(() -> audit.append("system", "dsr.completed", "subject:" + request.subjectId(), null,
                                "{\"requestId\":\"" + requestId + "\"}"))
                        .replaceWithVoid();
            }
            return saved.replaceWith(true);
        });
    }
}
