package dev.meridian.compliance.persistence;

import dev.meridian.compliance.domain.consent.ConsentRecord;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The append-only consent ledger; every call joins the caller's session or transaction. */
@ApplicationScoped
public class ConsentRepository implements PanacheRepositoryBase<ConsentRecordEntity, Long> {

    /** Inserts the entry and answers it as stored, with the ledger sequence number the database gave it. */
    public Uni<ConsentRecord> append(ConsentRecord record) {
        ConsentRecordEntity entity = ConsentMapper.toEntity(record);
        return persistAndFlush(entity).map(ConsentMapper::toDomain);
    }

    /** The subject's whole ledger in ledger order. */
    public Uni<List<ConsentRecord>> ledger(String subjectId) {
        return list("subjectId = ?1 order by seq", subjectId)
                .map(rows -> rows.stream().map(ConsentMapper::toDomain).toList());
    }
}
