package dev.meridian.compliance.persistence;

import dev.meridian.compliance.domain.consent.ConsentPurpose;
import dev.meridian.compliance.domain.consent.ConsentRecord;

/** Consent ledger rows ↔ domain entries. */
final class ConsentMapper {

    private ConsentMapper() {
    }

    static ConsentRecordEntity toEntity(ConsentRecord r) {
        ConsentRecordEntity e = new ConsentRecordEntity();
        e.id = r.id();
        e.subjectId = r.subjectId();
        e.purpose = r.purpose().name();
        e.granted = r.granted();
        e.policyVersion = r.policyVersion();
        e.jurisdiction = r.jurisdiction();
        e.source = r.source();
        e.recordedAt = r.recordedAt();
        return e;
    }

    static ConsentRecord toDomain(ConsentRecordEntity e) {
        return new ConsentRecord(e.id, e.seq, e.subjectId, ConsentPurpose.valueOf(e.purpose), e.granted,
                e.policyVersion, e.jurisdiction, e.source, e.recordedAt);
    }
}
