package dev.meridian.compliance.service.audit;

import dev.meridian.compliance.domain.audit.AuditChain;
import dev.meridian.compliance.domain.audit.AuditEntry;
import dev.meridian.compliance.persistence.AuditRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** Reading and verifying the audit log; entries are appended by the services whose actions they record. */
@ApplicationScoped
public class AuditService {

    private final AuditRepository audit;

    public AuditService(AuditRepository audit) {
        this.audit = audit;
    }

    public Uni<List<AuditEntry>> find(String subject, String actor, Instant from, Instant to, int limit) {
        return audit.find(subject, actor, from, to, limit);
    }

    public Uni<AuditChain.Verification> verify() {
        return audit.verify();
    }
}
