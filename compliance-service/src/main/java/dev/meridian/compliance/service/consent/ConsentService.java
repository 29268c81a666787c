package dev.meridian.compliance.service.consent;

import dev.meridian.compliance.domain.consent.ConsentRecord;
import dev.meridian.compliance.persistence.ConsentRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;

/** The consent ledger: decisions are appended (never updated in place); the current state is folded from it. */
@ApplicationScoped
public class ConsentService {

    private final ConsentRepository ledger;
    private final Clock clock;

    public ConsentService(ConsentRepository ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    /** @return the entry as stored, with its ledger sequence number */
    public Uni<ConsentRecord> record(RecordConsentCommand c) {
        ConsentRecord decision = ConsentRecord.decision(c.subjectId(), c.purpose(), c.granted(), c.policyVersion(),
                c.jurisdiction(), c.source(), clock.instant());
        return Panache.withTransaction(() -> ledger.append(decision));
    }

    public Uni<List<ConsentRecord>> ledger(String subjectId) {
        return Panache.withSession(() -> ledger.ledger(subjectId));
    }
}
