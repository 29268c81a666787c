package dev.meridian.compliance.service.dsr;

import dev.meridian.compliance.config.ComplianceConfig;
import dev.meridian.compliance.domain.audit.AuditChain;
import dev.meridian.compliance.domain.dsr.DataSubjectRequest;
import dev.meridian.compliance.domain.dsr.DsrKind;
import dev.meridian.compliance.domain.dsr.DsrStatus;
import dev.meridian.compliance.domain.dsr.ServiceAck;
import dev.meridian.compliance.messaging.DsrEvents;
import dev.meridian.compliance.persistence.AuditRepository;
import dev.meridian.compliance.persistence.ConsentRepository;
import dev.meridian.compliance.persistence.DsrRepository;
import dev.meridian.platform.failure.NotFound;
import dev.meridian.platform.failure.StateConflict;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Data-subject requests: opened (recorded, fanned out through the outbox, audited in one transaction), followed,
 * acknowledged by each service, and exported once every service has answered.
 */
@ApplicationScoped
public class DsrService {

    private static final int LIST_LIMIT = 100;

    private final DsrRepository requests;
    private final ConsentRepository consents;
    private final DsrEvents events;
    private final AuditRepository audit;
    private final ComplianceConfig config;
    private final Clock clock;

    public DsrService(DsrRepository requests, ConsentRepository consents, DsrEvents events, AuditRepository audit,
                      ComplianceConfig config, Clock clock) {
        this.requests = requests;
        this.consents = consents;
        this.events = events;
        this.audit = audit;
        this.config = config;
        this.clock = clock;
    }

    public Uni<DataSubjectRequest> open(OpenDsrCommand c, String actor) {
        DataSubjectRequest request = DataSubjectRequest.open(c.subjectId(), c.kind(), c.regulation(),
                config.dsr().services(), AuditChain.storable(clock.instant()));
        return Panache.withTransaction(() -> requests.insert(request)
                .chain(() -> events.requested(request))
                .chain(() -> audit.append(actor, "dsr.opened", "subject:" + c.subjectId(), null,
                        "{\"requestId\":\"" + request.id() + "\",\"kind\":\"" + c.kind() + "\"}"))
                .replaceWith(request));
    }

    /**
     * @param owner the only subject whose request may be seen, or null for staff; anyone else's is not found
     */
    public Uni<DataSubjectRequest> find(UUID id, String owner) {
        return Panache.withSession(() -> requests.find(id))
                .map(found -> found.filter(r -> owner == null || owner.equals(r.subjectId()))
                        .orElseThrow(() -> new NotFound("data-subject request", id)));
    }

    /** Every request about one subject, newest first (at most 100). */
    public Uni<List<DataSubjectRequest>> ofSubject(String subjectId) {
        return Panache.withSession(() -> requests.findBySubject(subjectId, LIST_LIMIT));
    }

    /** The bundle of a completed ACCESS request: each service's answer and compliance's own consent ledger. */
    public Uni<DsrExport> export(UUID id, String owner) {
        return find(id, owner).chain(r -> {
            if (r.kind() != DsrKind.ACCESS) {
                throw new StateConflict("only ACCESS requests have an export bundle");
            }
            if (r.status() != DsrStatus.COMPLETED) {
                throw new StateConflict("still waiting for " + r.pendingServices(),
                        Map.of("pendingServices", List.copyOf(r.pendingServices())));
            }
            return Panache.withSession(() -> consents.ledger(r.subjectId())).map(ledger -> new DsrExport(r, ledger));
        });
    }

    /**
     * Records a service's acknowledgement in the caller's transaction (the consumer's inbox transaction).
     *
     * @return true when it changed the request (not a duplicate, from an expected service)
     */
    public Uni<Boolean> acknowledge(UUID requestId, ServiceAck ack) {
        return requests.findForUpdate(requestId).chain(found -> {
            if (found.isEmpty()) {
                return Uni.createFrom().item(false);
            }
            DataSubjectRequest request = found.get();
            DsrStatus before = request.status();
            if (!request.acknowledge(ack)) {
                return Uni.createFrom().item(false);
            }
            Uni<Void> saved = requests.insertAck(requestId, ack);
            if (before != request.status()) {
                saved = saved.chain(() -> requests.updateStatus(request))
                        .chain(() -> audit.append("system", "dsr.completed", "subject:" + request.subjectId(), null,
                                "{\"requestId\":\"" + requestId + "\"}"))
                        .replaceWithVoid();
            }
            return saved.replaceWith(true);
        });
    }
}
